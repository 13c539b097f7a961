package org.alliancecompact.model.support;

import static org.alliancecompact.model.support.SupportFixtures.RULES;
import static org.alliancecompact.model.support.SupportFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a requester's evaluation is overdue: {@link RequestLifecycle#evaluationOverdueSince}. */
class EvaluationOverdueTest {

    private static final Instant DONE = Instant.parse("2026-11-02T16:00:00Z");
    /** RULES give 14 days to evaluate. */
    private static final Instant DUE = DONE.plus(Duration.ofDays(14));

    private static SupportRequest inProgress() {
        SupportRequest r = RequestLifecycle.claim(request("2"), "coord", RULES);
        r = RequestLifecycle.assign(r, "provider", RULES);
        return RequestLifecycle.start(r, RULES);
    }

    private static SupportRequest completed() {
        return RequestLifecycle.complete(inProgress(), DONE, RULES);
    }

    @Test
    void aRequestNotYetCompletedIsNeverOverdueHoweverOld() {
        Instant muchLater = DONE.plus(Duration.ofDays(400));
        assertThat(RequestLifecycle.evaluationOverdueSince(request("2"), RULES, muchLater))
                .isEmpty();
        assertThat(RequestLifecycle.evaluationOverdueSince(inProgress(), RULES, muchLater))
                .isEmpty();
        SupportRequest withdrawn = RequestLifecycle.withdraw(request("2"), "no longer needed", RULES);
        assertThat(RequestLifecycle.evaluationOverdueSince(withdrawn, RULES, muchLater))
                .isEmpty();
    }

    @Test
    void anEvaluatedRequestIsNeverOverdue() {
        SupportRequest evaluated = RequestLifecycle.evaluate(completed(), RULES);
        assertThat(RequestLifecycle.evaluationOverdueSince(evaluated, RULES, DUE.plus(Duration.ofDays(30))))
                .isEmpty();
    }

    @Test
    void beforeTheDueTimeItIsNotOverdue() {
        assertThat(RequestLifecycle.evaluationOverdueSince(completed(), RULES, DONE))
                .isEmpty();
        assertThat(RequestLifecycle.evaluationOverdueSince(completed(), RULES, DUE.minusMillis(1)))
                .isEmpty();
    }

    @Test
    void exactlyAtTheDueTimeAndAfterItIsOverdueSinceTheDueTime() {
        assertThat(RequestLifecycle.evaluationOverdueSince(completed(), RULES, DUE))
                .contains(DUE);
        assertThat(RequestLifecycle.evaluationOverdueSince(completed(), RULES, DUE.plus(Duration.ofDays(3))))
                .contains(DUE);
    }

    @Test
    void theDueTimeComesFromTheProfile() {
        SupportRules weekToEvaluate =
                TestRules.bolton().evaluationDue(Duration.ofDays(7)).build();
        Instant weekLater = DONE.plus(Duration.ofDays(7));
        assertThat(RequestLifecycle.evaluationOverdueSince(completed(), weekToEvaluate, weekLater))
                .contains(weekLater);
        assertThat(RequestLifecycle.evaluationOverdueSince(completed(), RULES, weekLater))
                .isEmpty();
    }

    @Test
    void requestRulesAndInstantAreRequired() {
        assertThatThrownBy(() -> RequestLifecycle.evaluationOverdueSince(completed(), RULES, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestLifecycle.evaluationOverdueSince(completed(), null, DUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestLifecycle.evaluationOverdueSince(null, RULES, DUE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
