package org.alliancecompact.model.support;

import static org.alliancecompact.model.support.SupportFixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RequestLifecyclePropertiesTest {

    private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");

    @Provide
    Arbitrary<BigDecimal> days() {
        return Arbitraries.integers()
                .between(1, 100)
                .map(halves -> BigDecimal.valueOf(halves, 0).multiply(new BigDecimal("0.5")));
    }

    @Provide
    Arbitrary<List<RequestStatus>> attempts() {
        return Arbitraries.of(RequestStatus.values()).list().ofMaxSize(12);
    }

    private static SupportRequest move(SupportRequest r, RequestStatus to) {
        return switch (to) {
            case SUBMITTED -> throw new IllegalTransitionException(r.status(), to, "no way back");
            case CLAIMED -> RequestLifecycle.claim(r, "coord", RULES);
            case BROKERED -> RequestLifecycle.broker(r, RULES);
            case ASSIGNED -> RequestLifecycle.assign(r, "provider", RULES);
            case IN_PROGRESS -> RequestLifecycle.start(r, RULES);
            case COMPLETED -> RequestLifecycle.complete(r, AT, RULES);
            case EVALUATED -> RequestLifecycle.evaluate(r, RULES);
            case DECLINED -> RequestLifecycle.decline(r, "no capacity", RULES);
            case WITHDRAWN -> RequestLifecycle.withdraw(r, "not needed", RULES);
        };
    }

    @Property(tries = 500)
    void nextStatesSaysExactlyWhichMovesSucceedAndNoLargeRequestIsAssignedUnbrokered(
            @ForAll("days") BigDecimal days, @ForAll("attempts") List<RequestStatus> attempts) {
        SupportRequest r = SupportRequest.submit("r", "requester", "Phonics", days, null, AT);
        List<RequestStatus> path = new ArrayList<>(List.of(r.status()));
        for (RequestStatus to : attempts) {
            boolean legal = RequestLifecycle.nextStates(r, RULES).contains(to);
            SupportRequest before = r;
            try {
                r = move(r, to);
                assertThat(legal).as("%s -> %s succeeded", before.status(), to).isTrue();
                path.add(r.status());
            } catch (IllegalTransitionException refused) {
                assertThat(legal)
                        .as("%s -> %s refused: %s", before.status(), to, refused.getMessage())
                        .isFalse();
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
        if (path.contains(RequestStatus.ASSIGNED) && RequestLifecycle.brokerageRequired(days, RULES)) {
            assertThat(path.indexOf(RequestStatus.BROKERED)).isBetween(0, path.indexOf(RequestStatus.ASSIGNED));
        }
    }
}
