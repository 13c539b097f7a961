package org.alliancecompact.model.api;

/**
 * Body of {@code POST /mou/withdrawals}: the member organisation withdrawing from the MOU and why. Its
 * signatures stay on file but stop counting; signing again afterwards counts as normal.
 */
public record WithdrawalRequest(String memberId, String reason) {}
