package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.SupportWords.days;
import static org.alliancecompact.slack.flows.SupportWords.statusLabel;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.alliancecompact.model.api.SupportAssignmentDto;
import org.alliancecompact.model.support.RequestLifecycle;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.model.support.SupportRules;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.text.BotText;
import org.jdbi.v3.core.Handle;

/**
 * The checks of the coordinators' moves on a request (claim, broker, assign, start, complete, decline): who may move
 * it (a coordinator), which request, {@link RequestLifecycle} by the profile's brokerage rule, then the move's own
 * input, giving errors by the field of the move's form; and the plugin push stored with the move (the provider's sight
 * of the requester's row, Oldham 3.3-3.5). A button, a typed command and a form submission all go through the same
 * check.
 */
record SupportMoveChecks(Services s) {
    /** A broker's note or a decline's reason, in characters: what the database keeps (V1, V4_17). */
    static final int MAX_NOTE = 500;

    private SupportRules rules() {
        return s.profile.support();
    }

    /** A move checked and ready to store. */
    record Move(SupportStore.Stored st, SupportRequest after, String note, java.util.function.Consumer<Handle> push) {}

    /** The outcome of a check: the move, or errors by field. */
    record Checked(Move move, Map<String, String> errors) {
        static Checked error(String field, String text) {
            return new Checked(null, Map.of(field, text));
        }
    }

    /** Why {@code r} cannot move to {@code to}, in plain words, or empty when it may. */
    private Optional<String> refusal(SupportRequest r, RequestStatus to) {
        if (RequestLifecycle.refusal(r, to, rules()).isEmpty()) {
            return Optional.empty();
        }
        RequestStatus from = r.status();
        if (to == RequestStatus.ASSIGNED && from == RequestStatus.CLAIMED) {
            return Optional.of(
                    rules().everyRequestBrokered()
                            ? BotText.get("support.refused.brokerFirstEvery", r.id())
                            : BotText.get(
                                    "support.refused.brokerFirstOver",
                                    r.id(),
                                    days(r.days()),
                                    days(rules().brokerageThresholdDays())));
        }
        if (from == to) {
            return Optional.of(BotText.get("support.refused.already", r.id(), statusLabel(from)));
        }
        return Optional.of(
                BotText.get("support.refused.state", r.id(), statusLabel(from), BotText.get("support.verb." + to)));
    }

    /**
     * Checks that {@code c} may move request {@code id} to {@code to}; errors go on {@code field}. Then {@code make}
     * builds the moved request from the stored one (it may add errors of its own input).
     */
    Checked check(
            Caller c,
            String id,
            RequestStatus to,
            String field,
            java.util.function.Function<SupportStore.Stored, Checked> make) {
        if (!c.coordinator()) {
            return Checked.error(field, BotText.get("support.refused.coordinatorOnly"));
        }
        Optional<SupportStore.Stored> st = s.support.find(id);
        if (st.isEmpty()) {
            return Checked.error(field, BotText.get("support.refused.noRequest", id));
        }
        Optional<String> refused = refusal(st.get().request(), to);
        if (refused.isPresent()) {
            return Checked.error(field, refused.get());
        }
        return make.apply(st.get());
    }

    private Checked ready(SupportStore.Stored st, SupportRequest after, String note) {
        return new Checked(new Move(st, after, note, h -> {}), Map.of());
    }

    Checked checkClaim(Caller c, String id) {
        return check(
                c,
                id,
                RequestStatus.CLAIMED,
                "request",
                st -> ready(st, RequestLifecycle.claim(st.request(), c.slackUser(), rules()), null));
    }

    /**
     * A move's free text (the broker's note, a decline's reason) is required and at most {@link #MAX_NOTE}
     * characters once stripped; the error goes on {@code field}, {@code blank} when there is none.
     */
    private static Optional<Checked> noteRefused(String field, String text, String blank) {
        if (text == null || text.isBlank()) {
            return Optional.of(Checked.error(field, blank));
        }
        if (text.strip().length() > MAX_NOTE) {
            return Optional.of(Checked.error(field, BotText.get("support.error.tooLong", MAX_NOTE)));
        }
        return Optional.empty();
    }

    Checked checkBroker(Caller c, String id, String note) {
        return check(c, id, RequestStatus.BROKERED, "note", st -> {
            Optional<Checked> refused = noteRefused("note", note, BotText.get("support.error.note.blank"));
            if (refused.isPresent()) {
                return refused.get();
            }
            return ready(st, RequestLifecycle.broker(st.request(), rules()), note.strip());
        });
    }

    Checked checkStart(Caller c, String id) {
        return check(
                c,
                id,
                RequestStatus.IN_PROGRESS,
                "request",
                st -> ready(st, RequestLifecycle.start(st.request(), rules()), null));
    }

    /** Assigning: a current member other than the requester; the plugin is told to grant sight of the row. */
    Checked checkAssign(Caller c, String id, String providerId) {
        return check(c, id, RequestStatus.ASSIGNED, "provider", st -> {
            SupportRequest before = st.request();
            if (providerId == null) {
                return Checked.error("provider", BotText.get("support.error.provider.choose"));
            }
            if (providerId.equals(before.requesterMemberId())) {
                return Checked.error("provider", BotText.get("support.error.provider.self"));
            }
            // whatever the caller sends: a former member is never a provider (issue 15, finding 3)
            if (s.directory.activeMembers().stream().noneMatch(m -> m.id().equals(providerId))) {
                return Checked.error("provider", BotText.get("support.error.provider.unknown"));
            }
            SupportRequest after = RequestLifecycle.assign(before, providerId, rules());
            return new Checked(
                    new Move(
                            st,
                            after,
                            null,
                            h -> s.plugin.queueSupportAssignment(
                                    h,
                                    after.id(),
                                    new SupportAssignmentDto(
                                            providerId, after.requesterMemberId(), SupportAssignmentDto.State.ACTIVE))),
                    Map.of());
        });
    }

    /** Completing: the days actually given, 0 to SupportRequest.MAX_DAYS (more than asked when it overran); the provider's sight of the row ends. */
    Checked checkComplete(Caller c, String id, String daysGivenText) {
        return check(c, id, RequestStatus.COMPLETED, "days_given", st -> {
            SupportRequest before = st.request();
            BigDecimal given;
            try {
                given = daysGivenText == null ? null : new BigDecimal(daysGivenText.strip());
            } catch (NumberFormatException e) {
                given = null;
            }
            if (!SupportRequest.daysGivenFit(before.days(), given)) {
                return Checked.error(
                        "days_given", BotText.get("support.error.daysGiven", SupportRequest.MAX_DAYS.toPlainString()));
            }
            SupportRequest after = RequestLifecycle.complete(before, s.now(), given, rules());
            return new Checked(new Move(st, after, null, endAssignment(before)), Map.of());
        });
    }

    Checked checkDecline(Caller c, String id, String reason) {
        return check(c, id, RequestStatus.DECLINED, "reason", st -> {
            Optional<Checked> refused = noteRefused("reason", reason, BotText.get("support.error.reason.blank"));
            if (refused.isPresent()) {
                return refused.get();
            }
            SupportRequest before = st.request();
            SupportRequest after = RequestLifecycle.decline(before, reason, rules());
            return new Checked(new Move(st, after, null, endAssignment(before)), Map.of());
        });
    }

    /** The plugin push that ends a provider's sight of the recipient's row, when one was assigned. */
    private java.util.function.Consumer<Handle> endAssignment(SupportRequest before) {
        return h -> {
            if (before.providerMemberId() != null) {
                s.plugin.queueSupportAssignment(
                        h,
                        before.id(),
                        new SupportAssignmentDto(
                                before.providerMemberId(),
                                before.requesterMemberId(),
                                SupportAssignmentDto.State.ENDED));
            }
        };
    }
}
