package org.alliancecompact.model.support;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import org.alliancecompact.model.fee.JoinerFee;

/**
 * An alliance's support rules.
 *
 * @param brokerageThresholdDays requests of MORE than this many days must be brokered (Exceed 21: 2); 0 brokers
 *     every request (Oldham role 2 and 3d), written {@code every request} in a profile
 * @param committedDaysPerYear days each member commits to the improvement group per academic year (Bolton 21: 9); 0
 *     where the alliance fixes none, written {@code none} in a profile
 * @param annualFeePence yearly fee in pence (Bolton 25: 300000), 0 where there is none
 * @param improvementGroupName what the alliance calls its improvement group (Bolton: SSIG)
 * @param evaluationDue how long after completion an evaluation is due before it is chased
 * @param feeDueAfter how long after the academic year starts (1 September) the year's fee falls due, such as
 *     P2M for 1 November; required when there is a fee, less than a year (no seed gives a date: it is the
 *     alliance's setting)
 * @param joinerFee what an organisation that joins during an academic year owes for it; {@link
 *     JoinerFee#FULL_FEE} when the profile does not say (no seed says: the alliance's setting)
 */
public record SupportRules(
        @JsonDeserialize(using = DaysSettingText.Threshold.class)
        BigDecimal brokerageThresholdDays,

        @JsonDeserialize(using = DaysSettingText.Committed.class)
        BigDecimal committedDaysPerYear,

        long annualFeePence,
        String improvementGroupName,
        Duration evaluationDue,
        Period feeDueAfter,
        JoinerFee joinerFee) {

    public SupportRules {
        if (brokerageThresholdDays == null || brokerageThresholdDays.signum() < 0) {
            throw new IllegalArgumentException("support.brokerageThresholdDays must be 0 or more");
        }
        if (committedDaysPerYear == null || committedDaysPerYear.signum() < 0) {
            throw new IllegalArgumentException("support.committedDaysPerYear must be 0 or more");
        }
        if (annualFeePence < 0) {
            throw new IllegalArgumentException("support.annualFeePence must be 0 or more");
        }
        if (improvementGroupName == null || improvementGroupName.isBlank()) {
            throw new IllegalArgumentException("support.improvementGroupName is required");
        }
        if (evaluationDue == null) {
            evaluationDue = Duration.ofDays(14);
        }
        if (evaluationDue.isNegative() || evaluationDue.isZero()) {
            throw new IllegalArgumentException("support.evaluationDue must be a positive duration");
        }
        if (feeDueAfter == null) {
            if (annualFeePence > 0) {
                throw new IllegalArgumentException("support.feeDueAfter is required when there is an annual fee:"
                        + " how long after 1 September the fee falls due, such as P2M");
            }
            feeDueAfter = Period.ZERO;
        }
        if (feeDueAfter.isNegative() || feeDueAfter.toTotalMonths() * 31 + feeDueAfter.getDays() >= 365) {
            throw new IllegalArgumentException("support.feeDueAfter must be 0 or more and less than a year");
        }
        if (joinerFee == null) {
            joinerFee = JoinerFee.FULL_FEE;
        }
    }

    /** Every request is brokered first (a threshold of 0 days): say so, never "more than 0 days". */
    public boolean everyRequestBrokered() {
        return brokerageThresholdDays.signum() == 0;
    }

    /** The alliance fixes no days a member commits (0 in the record): say "no committed days", never "0 of 0". */
    public boolean noCommittedDays() {
        return committedDaysPerYear.signum() == 0;
    }
}
