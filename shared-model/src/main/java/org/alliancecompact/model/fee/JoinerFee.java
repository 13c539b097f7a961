package org.alliancecompact.model.fee;

/**
 * What an organisation that joins during an academic year (after 1 September) owes for that year. No seed
 * says (Bolton 25 gives only "£3000 per year"): it is the alliance's setting, {@code support.joinerFee} in
 * the profile.
 */
public enum JoinerFee {
    /** The whole year's fee. */
    FULL_FEE,
    /**
     * The fee for the calendar months left in the year, counting the month it joins: joining in March owes
     * 6/12 (March to August), rounded to the nearest penny.
     */
    PRO_RATA_MONTHS,
    /** Nothing for the year it joins; the fee starts with the next academic year. */
    FROM_NEXT_YEAR
}
