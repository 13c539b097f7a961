package org.alliancecompact.model.api;

import java.time.Instant;

/**
 * The correcting entry that reversed a fee payment recorded by mistake (wrong amount, organisation or year):
 * an accountant's reversal, stored as its own entry; the payment itself is never edited.
 *
 * @param reason why it was reversed, in the coordinator's words, 1-300 characters
 * @param reversedAt when the reversal was recorded
 */
public record FeeReversalDto(
        String reason, @IsoTime.AsInstant Instant reversedAt) {}
