package org.alliancecompact.model.support;

import static org.alliancecompact.model.support.SupportFixtures.RULES;
import static org.alliancecompact.model.support.SupportFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequestLifecycleTest {

    private static final Instant DONE = Instant.parse("2026-11-20T16:00:00Z");

    @Test
    void twoDaysWithAThresholdOfTwoNeedNoBrokerageButTwoAndAHalfDo() {
        assertThat(RequestLifecycle.brokerageRequired(new BigDecimal("2"), RULES))
                .isFalse();
        assertThat(RequestLifecycle.brokerageRequired(new BigDecimal("2.0"), RULES))
                .isFalse();
        assertThat(RequestLifecycle.brokerageRequired(new BigDecimal("2.5"), RULES))
                .isTrue();
    }

    @Test
    void aSmallRequestGoesFromClaimedStraightToAssignedAndOnToEvaluated() {
        SupportRequest r = RequestLifecycle.claim(request("2"), "coord@example.org", RULES);
        assertThat(r.status()).isEqualTo(RequestStatus.CLAIMED);
        assertThat(r.claimedBy()).isEqualTo("coord@example.org");
        r = RequestLifecycle.assign(r, "provider", RULES);
        assertThat(r.status()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(r.providerMemberId()).isEqualTo("provider");
        r = RequestLifecycle.start(r, RULES);
        assertThat(r.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        r = RequestLifecycle.complete(r, DONE, RULES);
        assertThat(r.status()).isEqualTo(RequestStatus.COMPLETED);
        assertThat(r.completedAt()).isEqualTo(DONE);
        r = RequestLifecycle.evaluate(r, RULES);
        assertThat(r.status()).isEqualTo(RequestStatus.EVALUATED);
        assertThat(r.completedAt()).isEqualTo(DONE);
        assertThat(r.providerMemberId()).isEqualTo("provider");
        assertThat(RequestLifecycle.nextStates(r, RULES)).isEmpty();
    }

    @Test
    void aLargeRequestMustBeBrokeredBeforeAssignment() {
        SupportRequest claimed = RequestLifecycle.claim(request("2.5"), "coord", RULES);
        assertThat(RequestLifecycle.nextStates(claimed, RULES))
                .containsExactlyInAnyOrder(RequestStatus.BROKERED, RequestStatus.DECLINED, RequestStatus.WITHDRAWN);
        assertThatThrownBy(() -> RequestLifecycle.assign(claimed, "provider", RULES))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("This request is for 2.5 days, more than 2: SSIG must broker it before a provider is"
                        + " assigned.")
                .satisfies(e -> {
                    assertThat(((IllegalTransitionException) e).from()).isEqualTo(RequestStatus.CLAIMED);
                    assertThat(((IllegalTransitionException) e).to()).isEqualTo(RequestStatus.ASSIGNED);
                });
        SupportRequest brokered = RequestLifecycle.broker(claimed, RULES);
        assertThat(RequestLifecycle.assign(brokered, "provider", RULES).status())
                .isEqualTo(RequestStatus.ASSIGNED);
    }

    @Test
    void aSmallRequestMayStillBeBrokered() {
        SupportRequest claimed = RequestLifecycle.claim(request("1"), "coord", RULES);
        assertThat(RequestLifecycle.nextStates(claimed, RULES))
                .contains(RequestStatus.BROKERED, RequestStatus.ASSIGNED);
    }

    @Test
    void stepsCannotBeSkipped() {
        SupportRequest submitted = request("1");
        assertThatThrownBy(() -> RequestLifecycle.assign(submitted, "provider", RULES))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("The request is submitted, so it cannot be assigned now.");
        assertThatThrownBy(() -> RequestLifecycle.complete(submitted, DONE, RULES))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> RequestLifecycle.evaluate(submitted, RULES))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(RequestLifecycle.nextStates(submitted, RULES))
                .containsExactlyInAnyOrder(RequestStatus.CLAIMED, RequestStatus.DECLINED, RequestStatus.WITHDRAWN);
    }

    @Test
    void theProviderCannotBeTheRequester() {
        SupportRequest claimed = RequestLifecycle.claim(request("1"), "coord", RULES);
        assertThatThrownBy(() -> RequestLifecycle.assign(claimed, "requester", RULES))
                .hasMessageStartingWith("providerMemberId");
        assertThatThrownBy(() -> RequestLifecycle.assign(claimed, " ", RULES))
                .hasMessageStartingWith("providerMemberId");
    }

    @ParameterizedTest
    @EnumSource(
            value = RequestStatus.class,
            names = {"SUBMITTED", "CLAIMED", "BROKERED", "ASSIGNED", "IN_PROGRESS"})
    void anOpenRequestCanBeDeclinedOrWithdrawnWithAReason(RequestStatus status) {
        SupportRequest r = reach(status);
        SupportRequest declined = RequestLifecycle.decline(r, "No capacity this term", RULES);
        assertThat(declined.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(declined.closingReason()).isEqualTo("No capacity this term");
        assertThat(RequestLifecycle.withdraw(r, "Solved internally", RULES).status())
                .isEqualTo(RequestStatus.WITHDRAWN);
        assertThatThrownBy(() -> RequestLifecycle.decline(r, " ", RULES)).hasMessageStartingWith("reason");
        assertThatThrownBy(() -> RequestLifecycle.withdraw(r, null, RULES)).hasMessageStartingWith("reason");
    }

    @ParameterizedTest
    @EnumSource(
            value = RequestStatus.class,
            names = {"COMPLETED", "EVALUATED", "DECLINED", "WITHDRAWN"})
    void aClosedRequestCannotBeDeclinedOrWithdrawn(RequestStatus status) {
        SupportRequest r = reach(status);
        assertThatThrownBy(() -> RequestLifecycle.withdraw(r, "changed my mind", RULES))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("can no longer be withdrawn");
        assertThat(RequestLifecycle.nextStates(r, RULES))
                .doesNotContain(RequestStatus.DECLINED, RequestStatus.WITHDRAWN);
    }

    /** A 2.5-day request (so brokered) taken to {@code status}. */
    private static SupportRequest reach(RequestStatus status) {
        UnaryOperator<SupportRequest> next = switch (status) {
            case SUBMITTED -> r -> r;
            case CLAIMED -> r -> RequestLifecycle.claim(r, "coord", RULES);
            case BROKERED -> r -> RequestLifecycle.broker(reach(RequestStatus.CLAIMED), RULES);
            case ASSIGNED -> r -> RequestLifecycle.assign(reach(RequestStatus.BROKERED), "provider", RULES);
            case IN_PROGRESS -> r -> RequestLifecycle.start(reach(RequestStatus.ASSIGNED), RULES);
            case COMPLETED -> r -> RequestLifecycle.complete(reach(RequestStatus.IN_PROGRESS), DONE, RULES);
            case EVALUATED -> r -> RequestLifecycle.evaluate(reach(RequestStatus.COMPLETED), RULES);
            case DECLINED -> r -> RequestLifecycle.decline(r, "no", RULES);
            case WITHDRAWN -> r -> RequestLifecycle.withdraw(r, "no", RULES);
        };
        SupportRequest reached = next.apply(request("2.5"));
        assertThat(reached.status()).isEqualTo(status);
        return reached;
    }
}
