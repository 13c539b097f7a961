package org.alliancecompact.slack.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.alliancecompact.model.fee.JoinerFee;
import org.alliancecompact.model.support.RequestLifecycle;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.model.support.SupportRules;
import org.alliancecompact.slack.store.SupportStore;

/** Fills the support table with requests in any state, moved there through the real lifecycle. */
public final class RequestSeeder {
    private static final SupportRules RULES = new SupportRules(
            new BigDecimal("2"), new BigDecimal("9"), 0, "SSIG", Duration.ofDays(14), null, JoinerFee.FULL_FEE);

    private final SupportStore store;
    private final Instant at;

    public RequestSeeder(SupportStore store, Instant at) {
        this.store = store;
        this.at = at;
    }

    /** Files a one-day request from {@code member} and moves it to {@code status}; its message is not posted. */
    public SupportRequest seed(String member, RequestStatus status, String focus, String provider) {
        SupportRequest r = store.insert(
                SupportRequest.submit("new", member, focus, BigDecimal.ONE, null, at), "USEED", null, false);
        for (UnaryOperator<SupportRequest> move : path(status, provider)) {
            SupportRequest next = move.apply(r);
            if (!store.move(r, next, "UCOORD", at, h -> {})) {
                throw new IllegalStateException("request " + r.id() + " moved by someone else");
            }
            r = next;
        }
        return r;
    }

    private List<UnaryOperator<SupportRequest>> path(RequestStatus status, String provider) {
        List<UnaryOperator<SupportRequest>> moves = new ArrayList<>();
        switch (status) {
            case SUBMITTED -> {}
            case DECLINED -> moves.add(x -> RequestLifecycle.decline(x, "covered elsewhere", RULES));
            case WITHDRAWN -> moves.add(x -> RequestLifecycle.withdraw(x, "no longer needed", RULES));
            case BROKERED -> {
                moves.add(x -> RequestLifecycle.claim(x, "UCOORD", RULES));
                moves.add(x -> RequestLifecycle.broker(x, RULES));
            }
            default -> {
                moves.add(x -> RequestLifecycle.claim(x, "UCOORD", RULES));
                List<RequestStatus> delivery = List.of(
                        RequestStatus.ASSIGNED,
                        RequestStatus.IN_PROGRESS,
                        RequestStatus.COMPLETED,
                        RequestStatus.EVALUATED);
                for (RequestStatus step : delivery.subList(0, delivery.indexOf(status) + 1)) {
                    moves.add(x -> switch (step) {
                        case ASSIGNED -> RequestLifecycle.assign(x, provider, RULES);
                        case IN_PROGRESS -> RequestLifecycle.start(x, RULES);
                        case COMPLETED -> RequestLifecycle.complete(x, at, RULES);
                        default -> RequestLifecycle.evaluate(x, RULES);
                    });
                }
            }
        }
        return moves;
    }
}
