package org.alliancecompact.model.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import org.alliancecompact.model.fee.JoinerFee;

/**
 * Support rules for tests, built from one of two starting points and changed one setting at a time, so a test
 * says only what it depends on: {@link #bolton()} (requests over 2 days brokered, 9 days committed a year,
 * £3,000 due 1 November, the SSIG, evaluations due in 14 days, joiners owe the whole fee) or {@link #none()}
 * (every request brokered, no committed days, no fee).
 */
public final class TestRules {
    private BigDecimal brokerageThresholdDays;
    private BigDecimal committedDaysPerYear;
    private long annualFeePence;
    private String improvementGroupName;
    private Duration evaluationDue = Duration.ofDays(14);
    private Period feeDueAfter;
    private JoinerFee joinerFee = JoinerFee.FULL_FEE;

    private TestRules() {}

    /** Bolton's rules (Bolton 21, 25). */
    public static TestRules bolton() {
        TestRules r = new TestRules();
        r.brokerageThresholdDays = new BigDecimal("2");
        r.committedDaysPerYear = new BigDecimal("9");
        r.annualFeePence = 300_000;
        r.improvementGroupName = "SSIG";
        r.feeDueAfter = Period.ofMonths(2);
        return r;
    }

    /** An alliance that fixes nothing: every request brokered, no committed days, no fee. */
    public static TestRules none() {
        TestRules r = new TestRules();
        r.brokerageThresholdDays = BigDecimal.ZERO;
        r.committedDaysPerYear = BigDecimal.ZERO;
        r.annualFeePence = 0;
        r.improvementGroupName = "Group";
        return r;
    }

    /** A yearly fee in pence, due {@code dueAfter} after 1 September (null: not said). */
    public TestRules fee(long pence, Period dueAfter) {
        annualFeePence = pence;
        feeDueAfter = dueAfter;
        return this;
    }

    public TestRules evaluationDue(Duration due) {
        evaluationDue = due;
        return this;
    }

    public TestRules joinerFee(JoinerFee fee) {
        joinerFee = fee;
        return this;
    }

    /** The rules, checked by the record's constructor as a profile's are. */
    public SupportRules build() {
        return new SupportRules(
                brokerageThresholdDays,
                committedDaysPerYear,
                annualFeePence,
                improvementGroupName,
                evaluationDue,
                feeDueAfter,
                joinerFee);
    }
}
