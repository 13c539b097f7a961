package org.alliancecompact.model.api;

/**
 * Body of {@code POST /fees/{memberId}/payments/{paymentId}/reversal}: a coordinator reverses a payment
 * recorded by mistake.
 *
 * @param reason why, 1-300 characters (surrounding spaces are dropped)
 */
public record FeeReversalRequest(String reason) {}
