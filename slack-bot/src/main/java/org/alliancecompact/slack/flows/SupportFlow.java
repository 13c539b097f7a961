package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.api.RegisterRowDto;
import org.alliancecompact.model.api.SupportAssignmentDto;
import org.alliancecompact.model.engagement.Signal;
import org.alliancecompact.model.engagement.SignalKind;
import org.alliancecompact.model.register.SupportCategory;
import org.alliancecompact.model.support.Priority;
import org.alliancecompact.model.support.RequestLifecycle;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.model.support.SupportRules;
import org.alliancecompact.model.text.Words;
import org.alliancecompact.slack.confluence.PluginUnavailable;
import org.alliancecompact.slack.schedule.BotScheduler;
import org.alliancecompact.slack.slackapi.SlackCallFailed;
import org.alliancecompact.slack.slackapi.SlackMessenger;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.text.BotText;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Support requests: a member files one for an organisation it acts for; it is posted to the improvement group's
 * channel with its priority (the requester's category from the register) and the brokerage flag; coordinators
 * claim, broker (with a note), assign a provider, start and complete it (with the days actually given) from
 * buttons on that message or in the queue, or by typed commands, each move reported in its thread and to the
 * requester with its reason and the provider's name; on completion the requester is asked for an evaluation,
 * chased when it is late, and its comments shown to the coordinators. Every move goes through
 * {@link RequestLifecycle}; every text comes from the bundle (BotText, support section).
 */
final class SupportFlow {
    private static final Logger log = LoggerFactory.getLogger(SupportFlow.class);
    static final String REQUEST_MODAL = "support_request";
    static final String ASSIGN_MODAL = "support_assign";
    static final String DECLINE_MODAL = "support_decline";
    static final String BROKER_MODAL = "support_broker";
    static final String COMPLETE_MODAL = "support_complete";
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** A broker's note or a decline's reason, in characters: what the database keeps (V1, V4_17). */
    private static final int MAX_NOTE = 500;

    static final String EVALUATION_MODAL = "support_evaluation";

    private final Services s;
    /** Requests just filed whose first channel post is under way (the scheduler's retry leaves them be). */
    private final Set<String> beingPosted = java.util.concurrent.ConcurrentHashMap.newKeySet();

    SupportFlow(Services s) {
        this.s = s;
    }

    private SupportRules rules() {
        return s.profile.support();
    }

    // ---- words -------------------------------------------------------------------------------

    /** "1 day", "2 days", "1.5 days": half days as the seeds count them (Bolton 21), through {@link Words}. */
    static String days(BigDecimal days) {
        BigDecimal d = days.stripTrailingZeros();
        return d.scale() <= 0 ? Words.days(d.longValueExact()) : d.toPlainString() + " days";
    }

    /** The profile's brokerage rule in words: "Every request is brokered first." or "... more than 2 days ...". */
    private String brokerageRule() {
        return rules().everyRequestBrokered()
                ? BotText.get("support.brokerage.every")
                : BotText.get("support.brokerage.over", days(rules().brokerageThresholdDays()));
    }

    static String statusLabel(RequestStatus status) {
        return BotText.get("support.status." + status.name());
    }

    // ---- filing -------------------------------------------------------------------------------

    /**
     * The request form: the organisation it is for when the caller acts for several (issue 15), what it is for,
     * the days and a preferred provider (optional, as Slack marks it).
     */
    View requestModal(Caller c) {
        return requestModal(c, null);
    }

    /**
     * The request form opened from one organisation's section of the Home tab: that organisation is chosen
     * already (checked with {@link Caller#at}); {@code forMemberId} null leaves the choice to the form.
     */
    View requestModal(Caller c, String forMemberId) {
        requireMember(c);
        OptionObject chosen = null;
        if (forMemberId != null) {
            MemberDto organisation = c.at(forMemberId);
            chosen = Ui.opt(organisation.name(), organisation.id());
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Ui.text(esc(BotText.get("support.form.intro", rules().improvementGroupName(), brokerageRule()))));
        if (c.organisations().size() > 1) {
            blocks.add(Ui.select(
                    "organisation",
                    BotText.get("support.form.organisation"),
                    c.organisations().stream()
                            .map(m -> Ui.opt(m.name(), m.id()))
                            .toList(),
                    chosen,
                    false));
        }
        blocks.add(
                Ui.textInput("focus", BotText.get("support.form.focus"), true, false, SupportRequest.MAX_FOCUS_LENGTH));
        blocks.add(Ui.textInput("days", BotText.get("support.form.days"), false, false, 6));
        // the caller's only organisation cannot be its own provider; one acting for several may ask one of them
        List<OptionObject> providers =
                providerOptions(c.sole().map(MemberDto::id).orElse(null));
        if (!providers.isEmpty()) {
            blocks.add(Ui.select("provider", BotText.get("support.form.provider"), providers, null, true));
        }
        return Ui.modal(
                REQUEST_MODAL, BotText.get("support.form.title"), BotText.get("support.form.submit"), "", blocks);
    }

    private List<OptionObject> providerOptions(String exceptMemberId) {
        return s.directory.activeMembers().stream()
                .filter(m -> !m.id().equals(exceptMemberId))
                .map(m -> Ui.opt(m.name(), m.id()))
                .toList();
    }

    Map<String, String> submitModal(Caller c, View view, Reply reply) {
        return file(
                c,
                Ui.value(view, "organisation"),
                Ui.value(view, "focus"),
                Ui.value(view, "days"),
                Ui.value(view, "provider"),
                reply);
    }

    /**
     * Files a request for {@code organisationId} (null: the caller's only organisation); every field is checked
     * and every error returned at once, by field ({@code organisation}, {@code focus}, {@code days},
     * {@code provider}); empty when it was stored.
     */
    Map<String, String> file(
            Caller c, String organisationId, String focus, String daysText, String providerId, Reply reply) {
        requireMember(c);
        Map<String, String> errors = new LinkedHashMap<>();
        String requester = null;
        if (organisationId == null && c.sole().isEmpty()) {
            errors.put(
                    "organisation",
                    BotText.get(
                            "support.error.organisation.choose",
                            Words.list(c.organisations().stream()
                                    .map(MemberDto::name)
                                    .toList())));
        } else if (organisationId != null && !c.actsFor(organisationId)) {
            errors.put("organisation", BotText.get("support.error.organisation.notYours"));
        } else {
            requester = organisationId != null
                    ? organisationId
                    : c.sole().orElseThrow().id();
        }
        if (focus == null || focus.isBlank()) {
            errors.put("focus", BotText.get("support.error.focus.blank"));
        } else if (focus.strip().length() > SupportRequest.MAX_FOCUS_LENGTH) {
            errors.put("focus", BotText.get("support.error.focus.long", SupportRequest.MAX_FOCUS_LENGTH));
        }
        BigDecimal days = null;
        if (daysText == null || daysText.isBlank()) {
            errors.put("days", BotText.get("support.error.days.blank"));
        } else {
            try {
                days = new BigDecimal(daysText.strip());
                if (days.signum() <= 0 || days.compareTo(SupportRequest.MAX_DAYS) > 0) {
                    errors.put("days", BotText.get("support.error.days.range", days(SupportRequest.MAX_DAYS)));
                } else if (days.remainder(HALF).signum() != 0) {
                    errors.put("days", BotText.get("support.error.days.half"));
                }
            } catch (NumberFormatException e) {
                errors.put("days", BotText.get("support.error.days.number"));
            }
        }
        if (providerId != null) {
            if (providerId.equals(requester)) {
                errors.put("provider", BotText.get("support.error.provider.self"));
            } else if (s.directory.activeMembers().stream().noneMatch(m -> m.id().equals(providerId))) {
                errors.put("provider", BotText.get("support.error.provider.unknown"));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        String requesterId = requester;
        SupportRequest draft = SupportRequest.submit("new", requesterId, focus, days, providerId, s.now());
        boolean brokerage = RequestLifecycle.brokerageRequired(days, rules());
        // Stored before the acknowledgement with no Confluence call on the way (Slack's 3 seconds, whatever
        // Confluence does); its priority, the register's category, is read after it, before it is posted.
        SupportRequest stored = s.support.insert(draft, c.slackUser(), null, brokerage);
        beingPosted.add(stored.id());
        BigDecimal asked = days;
        s.later(reply, () -> {
            boolean known;
            boolean posted;
            try {
                known = recordPriority(stored.id(), requesterId);
                posted = postToGroupOrAlert(stored.id());
            } finally {
                beingPosted.remove(stored.id());
            }
            List<String> sentences = new ArrayList<>();
            sentences.add(BotText.get(
                    posted ? "support.filed.posted" : "support.filed.unposted",
                    stored.id(),
                    days(asked),
                    s.directory.nameOf(requesterId),
                    rules().improvementGroupName()));
            if (brokerage) {
                sentences.add(
                        rules().everyRequestBrokered()
                                ? BotText.get("support.filed.brokeredEvery")
                                : BotText.get("support.filed.brokeredOver", days(rules().brokerageThresholdDays())));
            }
            if (!known) {
                sentences.add(BotText.get("support.filed.noPriority"));
            }
            reply.text(esc(String.join(" ", sentences)));
        });
        return Map.of();
    }

    /**
     * Stores the requester's support category as the request's priority (the register's category now, Oldham's
     * support categories); false when Confluence could not be asked, and the request goes on without one.
     */
    private boolean recordPriority(String requestId, String requesterId) {
        try {
            s.support.setCategory(requestId, s.plugin.categoryOf(requesterId));
            return true;
        } catch (PluginUnavailable e) {
            // Filing must not depend on Confluence being up: the request goes in without a priority.
            return false;
        }
    }

    /** Posts (or re-posts, when an earlier post failed) the request's message to the group's channel. */
    void postToGroup(String id) {
        SupportStore.Stored st = s.support.find(id).orElseThrow();
        if (st.threadTs() != null) {
            return;
        }
        String configured = s.config.supportChannel();
        SlackMessenger.Posted posted = s.slack.postKeepingPlace(configured, summary(st), message(st));
        // The ID Slack answered, never the configured name: chat.update takes IDs only.
        s.support.setMessage(id, posted.channel(), posted.ts());
        if (!posted.channel().equals(configured)) {
            // messages stored with the name before this was so are healed the next time one is posted
            s.support.replaceChannel(configured, posted.channel());
        }
    }

    /**
     * Posts the request to the group's channel. When Slack refuses (the bot not in the channel, the
     * channel archived or missing, Slack unreachable), the request stays stored for the scheduler to
     * post, and each coordinator is told once for that request why it is not in the channel, so a
     * request never waits unseen. True when it was posted.
     */
    boolean postToGroupOrAlert(String id) {
        try {
            postToGroup(id);
            return true;
        } catch (SlackCallFailed e) {
            log.warn("Support request {} not posted to {}: {}", id, s.config.supportChannel(), e.error());
            alertCoordinators(id, e.error());
            return false;
        }
    }

    /** "every minute", "every 5 minutes": how often the scheduler retries, in the alert's words. */
    static String every(Duration interval) {
        long minutes = Math.max(1, interval.toMinutes());
        return minutes == 1 ? BotText.get("support.every.one") : BotText.get("support.every.many", minutes);
    }

    private void alertCoordinators(String id, String error) {
        String text = BotText.get(
                "support.alert.notPosted",
                id,
                esc(s.config.supportChannel()),
                esc(error),
                whatToDo(error),
                every(BotScheduler.RETRY_INTERVAL));
        List<String> coordinators;
        try {
            coordinators = s.directory.coordinators();
        } catch (RuntimeException e) {
            log.warn("Could not find the coordinators to tell that request {} is not posted: {}", id, e.getMessage());
            return;
        }
        for (String coordinator : coordinators) {
            try {
                s.nudges.sendOnce(
                        "support-post-failed:" + id + ":" + coordinator,
                        coordinator,
                        s.now(),
                        () -> s.slack.post(coordinator, text, List.of(Ui.text(text))));
            } catch (RuntimeException e) {
                log.warn(
                        "Could not tell coordinator {} that request {} is not posted: {}",
                        coordinator,
                        id,
                        e.getMessage());
            }
        }
    }

    /** What a coordinator can do about Slack's refusal to post in the group's channel. */
    static String whatToDo(String error) {
        return switch (error) {
            case "not_in_channel" -> BotText.get("support.alert.notInChannel");
            case "channel_not_found" -> BotText.get("support.alert.channelNotFound");
            case "is_archived" -> BotText.get("support.alert.archived");
            default -> BotText.get("support.alert.other");
        };
    }

    /**
     * Requests whose channel post failed earlier are posted by the scheduler, except those whose filing
     * is still posting them: a request stored while Confluence was slow is posted by its filing a moment
     * later, and posting it here as well would show it twice.
     */
    void postPending() {
        for (SupportStore.Stored st : s.support.unpostedOpen()) {
            if (!beingPosted.contains(st.request().id())) {
                postToGroupOrAlert(st.request().id());
            }
        }
    }

    private String priorityLabel(SupportCategory category) {
        return category == null
                ? BotText.get("support.priority.unknown", Priority.rank(null))
                : BotText.get(
                        "support.priority.known",
                        Priority.rank(category),
                        category.name().toLowerCase(Locale.ROOT));
    }

    private String summary(SupportStore.Stored st) {
        SupportRequest r = st.request();
        return BotText.get(
                "support.summary",
                r.id(),
                esc(s.directory.nameOf(r.requesterMemberId())),
                days(r.days()),
                priorityLabel(st.category()),
                statusLabel(r.status()));
    }

    /** The channel message: what is asked, its priority, brokerage flag, status and the next moves. */
    List<LayoutBlock> message(SupportStore.Stored st) {
        SupportRequest r = st.request();
        List<String> lines = new ArrayList<>();
        lines.add(BotText.get("support.message.title", r.id(), esc(s.directory.nameOf(r.requesterMemberId()))));
        lines.add(BotText.get("support.message.focus", esc(r.focus())));
        String daysLine = BotText.get("support.message.days", days(r.days()), priorityLabel(st.category()));
        if (st.brokerageRequired()) {
            daysLine += " "
                    + (rules().everyRequestBrokered()
                            ? BotText.get("support.message.brokerage.every")
                            : BotText.get("support.message.brokerage.over", days(rules().brokerageThresholdDays())));
        }
        lines.add(daysLine);
        if (r.preferredProviderMemberId() != null) {
            lines.add(BotText.get("support.message.preferred", esc(s.directory.nameOf(r.preferredProviderMemberId()))));
        }
        if (st.brokerNote() != null) {
            lines.add(BotText.get("support.message.brokerNote", esc(st.brokerNote())));
        }
        String status = BotText.get("support.message.status", statusLabel(r.status()));
        if (r.claimedBy() != null) {
            status += " " + BotText.get("support.message.coordinator", r.claimedBy());
        }
        if (r.providerMemberId() != null) {
            status += " " + BotText.get("support.message.provider", esc(s.directory.nameOf(r.providerMemberId())));
        }
        if (r.status().delivered()) {
            status += " " + BotText.get("support.message.daysGiven", days(r.daysDelivered()));
        }
        lines.add(status);
        if (r.status() == RequestStatus.EVALUATED) {
            s.support
                    .evaluation(r.id())
                    .ifPresent(e -> lines.add(BotText.get(
                            "support.message.evaluation", e.rating(), ratingLabel(e.rating()), esc(e.impact()))));
        }
        List<LayoutBlock> blocks = new ArrayList<>(TextBlocks.sections(String.join("\n", lines)));
        moveButtons(r).ifPresent(blocks::add);
        return blocks;
    }

    /** The moves a coordinator may make next, as buttons: the same on the channel post and in the queue. */
    Optional<LayoutBlock> moveButtons(SupportRequest r) {
        List<ButtonElement> buttons = new ArrayList<>();
        Set<RequestStatus> next = RequestLifecycle.nextStates(r, rules());
        for (RequestStatus to : MOVES) {
            if (next.contains(to)) {
                buttons.add(Ui.button(actionId(to), BotText.get("support.button." + to.name()), r.id()));
            }
        }
        return buttons.isEmpty() ? Optional.empty() : Optional.of(Ui.buttons("support_" + r.id(), buttons));
    }

    /** The coordinators' moves, in the order their buttons show. */
    static final List<RequestStatus> MOVES = List.of(
            RequestStatus.CLAIMED,
            RequestStatus.BROKERED,
            RequestStatus.ASSIGNED,
            RequestStatus.IN_PROGRESS,
            RequestStatus.COMPLETED,
            RequestStatus.DECLINED);

    /** The button's action id for a move, such as {@code support:in_progress}. */
    static String actionId(RequestStatus to) {
        return "support:" + to.name().toLowerCase(Locale.ROOT);
    }

    // ---- coordinators' moves ------------------------------------------------------------------
    //
    // Each move is checked first (who, which request, the lifecycle, the move's own input), giving errors by the
    // field of the move's form; then stored and announced. A button, a typed command and a form submission all
    // go through the same check and the same notices.

    /** A move checked and ready to store. */
    private record Move(
            SupportStore.Stored st, SupportRequest after, String note, java.util.function.Consumer<Handle> push) {}

    /** The outcome of a check: the move, or errors by field. */
    private record Checked(Move move, Map<String, String> errors) {
        static Checked error(String field, String text) {
            return new Checked(null, Map.of(field, text));
        }
    }

    private static void requireMember(Caller c) {
        if (!c.isMember()) {
            throw new IllegalArgumentException(BotText.get("support.error.notMember"));
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
    private Checked check(
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

    private Checked checkClaim(Caller c, String id) {
        return check(
                c,
                id,
                RequestStatus.CLAIMED,
                "request",
                st -> ready(st, RequestLifecycle.claim(st.request(), c.slackUser(), rules()), null));
    }

    private Checked checkBroker(Caller c, String id, String note) {
        return check(c, id, RequestStatus.BROKERED, "note", st -> {
            if (note == null || note.isBlank()) {
                return Checked.error("note", BotText.get("support.error.note.blank"));
            }
            if (note.strip().length() > MAX_NOTE) {
                return Checked.error("note", BotText.get("support.error.tooLong", MAX_NOTE));
            }
            return ready(st, RequestLifecycle.broker(st.request(), rules()), note.strip());
        });
    }

    private Checked checkStart(Caller c, String id) {
        return check(
                c,
                id,
                RequestStatus.IN_PROGRESS,
                "request",
                st -> ready(st, RequestLifecycle.start(st.request(), rules()), null));
    }

    /** Assigning: a current member other than the requester; the plugin is told to grant sight of the row. */
    private Checked checkAssign(Caller c, String id, String providerId) {
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

    /** Completing: the days actually given, 0 to the days asked; the provider's sight of the row ends. */
    private Checked checkComplete(Caller c, String id, String daysGivenText) {
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
                        "days_given",
                        BotText.get(
                                "support.error.daysGiven",
                                before.days().stripTrailingZeros().toPlainString()));
            }
            SupportRequest after = RequestLifecycle.complete(before, s.now(), given, rules());
            return new Checked(new Move(st, after, null, endAssignment(before)), Map.of());
        });
    }

    private Checked checkDecline(Caller c, String id, String reason) {
        return check(c, id, RequestStatus.DECLINED, "reason", st -> {
            if (reason == null || reason.isBlank()) {
                return Checked.error("reason", BotText.get("support.error.reason.blank"));
            }
            if (reason.strip().length() > MAX_NOTE) {
                return Checked.error("reason", BotText.get("support.error.tooLong", MAX_NOTE));
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

    /** A move from a button or a typed command: errors are answered in words, the move stored and announced. */
    private void now(Caller c, Checked checked, Reply reply) {
        if (checked.move() == null) {
            throw new IllegalArgumentException(String.join(" ", checked.errors().values()));
        }
        commit(c, checked.move(), true, reply);
    }

    /** A move from a form: errors on its field before the acknowledgement; stored and announced after it. */
    private Map<String, String> submitted(Caller c, Checked checked, Reply reply) {
        if (checked.move() == null) {
            return checked.errors();
        }
        s.later(reply, () -> commit(c, checked.move(), false, reply));
        return Map.of();
    }

    void claim(Caller c, String id, Reply reply) {
        now(c, checkClaim(c, id), reply);
    }

    void start(Caller c, String id, Reply reply) {
        now(c, checkStart(c, id), reply);
    }

    /** {@code /alliance broker <request> <note>}. */
    void broker(Caller c, String id, String note, Reply reply) {
        now(c, checkBroker(c, id, note), reply);
    }

    /** {@code /alliance assign <request> <organisation>}: the organisation by name or id, a current member. */
    void assign(Caller c, String id, String organisation, Reply reply) {
        String providerId = s.directory
                .findMember(organisation)
                .map(MemberDto::id)
                .orElseThrow(
                        () -> new IllegalArgumentException(BotText.get("support.command.noProvider", organisation)));
        now(c, checkAssign(c, id, providerId), reply);
    }

    /** {@code /alliance complete <request> <days given>}. */
    void complete(Caller c, String id, String daysGiven, Reply reply) {
        now(c, checkComplete(c, id, daysGiven), reply);
    }

    /** {@code /alliance decline <request> <reason>}. */
    void decline(Caller c, String id, String reason, Reply reply) {
        now(c, checkDecline(c, id, reason), reply);
    }

    /** Claim or start from a button (the moves that need nothing more). */
    void move(Caller c, String id, RequestStatus to, Reply reply) {
        switch (to) {
            case CLAIMED -> claim(c, id, reply);
            case IN_PROGRESS -> start(c, id, reply);
            default -> throw new IllegalArgumentException(BotText.get("support.command.usage"));
        }
    }

    /**
     * Stores the move, then tells the group's thread, the requester, and (by the move) the provider or requester;
     * {@code confirm} also tells the one who moved it (a button or a typed command).
     */
    private void commit(Caller c, Move m, boolean confirm, Reply reply) {
        SupportRequest before = m.st().request();
        SupportRequest after = m.after();
        if (!s.support.move(before, after, c.slackUser(), s.now(), m.note(), m.push())) {
            reply.text(BotText.get("support.moved.someoneElse", after.id()));
            return;
        }
        s.flushOutbox();
        if (confirm) {
            // a button or a typed command has no form that closes to say it is done
            reply.text(BotText.get("support.moved.done", after.id(), statusLabel(after.status())));
        }
        notifying(after, reply, () -> announceMove(c, m.st(), after, m.note()));
        if (after.status() == RequestStatus.ASSIGNED) {
            notifying(after, reply, () -> tellProvider(after, reply));
        }
        if (after.status() == RequestStatus.COMPLETED) {
            notifying(after, reply, () -> askForEvaluation(after, m.st().requesterSlackUser(), false));
        }
    }

    /**
     * Runs {@code notices} about a move already stored. When Slack refuses one, the person who made the
     * move is told it stands and what was not shown, instead of being asked to try again (a repeat
     * would be refused as a move from the wrong status).
     */
    private void notifying(SupportRequest after, Reply reply, Runnable notices) {
        try {
            notices.run();
        } catch (SlackCallFailed e) {
            log.warn("Request {} moved to {}, a notice failed: {}", after.id(), after.status(), e.getMessage());
            reply.text(
                    BotText.get("support.moved.noticeFailed", after.id(), statusLabel(after.status()), esc(e.error())));
        }
    }

    /**
     * What a move says, with its reason and the provider's name, in the texts {@code prefix + status} ({@code
     * support.thread.} for the group's thread, {@code support.told.} for the requester), which may use {0} the
     * request's number, {1} its focus, {2} who moved it, {3} the provider, {4} the reason (the broker's note or why
     * it was declined), {5} the days given and {6} the days asked for.
     */
    private String moveText(String prefix, Caller c, SupportRequest after, String note) {
        RequestStatus status = after.status();
        // each coordinator's move has words of its own; any other (withdrawn, evaluated) says its new status
        if (!MOVES.contains(status)) {
            return BotText.get("support.moved.done", after.id(), statusLabel(status));
        }
        String provider = after.providerMemberId() == null ? "" : esc(s.directory.nameOf(after.providerMemberId()));
        String reason = status == RequestStatus.DECLINED ? after.closingReason() : note;
        return BotText.get(
                prefix + status.name(),
                after.id(),
                esc(after.focus()),
                c.slackUser(),
                provider,
                reason == null ? "" : esc(Words.sentence(reason)),
                days(after.daysDelivered()),
                days(after.days()));
    }

    private void announceMove(Caller c, SupportStore.Stored st, SupportRequest after, String note) {
        SupportStore.Stored fresh = load(after.id());
        if (fresh.threadTs() != null) {
            s.slack.update(fresh.channel(), fresh.threadTs(), summary(fresh), message(fresh));
            s.slack.postInThread(fresh.channel(), fresh.threadTs(), moveText("support.thread.", c, after, note));
        }
        if (!c.slackUser().equals(st.requesterSlackUser())) {
            String text = moveText("support.told.", c, after, note);
            s.slack.post(st.requesterSlackUser(), text, List.of(Ui.text(text)));
        }
    }

    private SupportStore.Stored load(String id) {
        return s.support
                .find(id)
                .orElseThrow(() -> new IllegalArgumentException(BotText.get("support.refused.noRequest", id)));
    }

    /** A form for one move: the request it is for (in the private metadata), and the move's one field. */
    private View moveModal(Caller c, String id, RequestStatus to, String callbackId, String prefix, LayoutBlock field) {
        Checked checked = check(c, id, to, "request", st -> new Checked(null, Map.of()));
        if (!checked.errors().isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", checked.errors().values()));
        }
        SupportRequest r = load(id).request();
        return Ui.modal(
                callbackId,
                BotText.get(prefix + "title"),
                BotText.get(prefix + "submit"),
                r.id(),
                List.of(
                        Ui.text(BotText.get(
                                "support.modal.request",
                                r.id(),
                                esc(s.directory.nameOf(r.requesterMemberId())),
                                esc(r.focus()))),
                        field));
    }

    View assignModal(Caller c, String id) {
        SupportRequest r = load(id).request();
        List<OptionObject> providers = providerOptions(r.requesterMemberId());
        OptionObject initial = r.preferredProviderMemberId() == null
                ? null
                : providers.stream()
                        .filter(o -> o.getValue().equals(r.preferredProviderMemberId()))
                        .findFirst()
                        .orElse(null);
        return moveModal(
                c,
                id,
                RequestStatus.ASSIGNED,
                ASSIGN_MODAL,
                "support.assign.",
                Ui.select("provider", BotText.get("support.assign.provider"), providers, initial, false));
    }

    View brokerModal(Caller c, String id) {
        return moveModal(
                c,
                id,
                RequestStatus.BROKERED,
                BROKER_MODAL,
                "support.broker.",
                Ui.textInput("note", BotText.get("support.broker.note"), true, false, MAX_NOTE));
    }

    View completeModal(Caller c, String id) {
        SupportRequest r = load(id).request();
        InputBlock given =
                Ui.textInput("days_given", BotText.get("support.complete.daysGiven", days(r.days())), false, false, 6);
        // the days asked for, as the likeliest answer
        ((PlainTextInputElement) given.getElement())
                .setInitialValue(r.days().stripTrailingZeros().toPlainString());
        return moveModal(c, id, RequestStatus.COMPLETED, COMPLETE_MODAL, "support.complete.", given);
    }

    View declineModal(Caller c, String id) {
        return moveModal(
                c,
                id,
                RequestStatus.DECLINED,
                DECLINE_MODAL,
                "support.decline.",
                Ui.textInput("reason", BotText.get("support.decline.reason"), true, false, MAX_NOTE));
    }

    Map<String, String> submitAssign(Caller c, View view, Reply reply) {
        return submitted(c, checkAssign(c, view.getPrivateMetadata(), Ui.value(view, "provider")), reply);
    }

    Map<String, String> submitBroker(Caller c, View view, Reply reply) {
        return submitted(c, checkBroker(c, view.getPrivateMetadata(), Ui.value(view, "note")), reply);
    }

    Map<String, String> submitComplete(Caller c, View view, Reply reply) {
        return submitted(c, checkComplete(c, view.getPrivateMetadata(), Ui.value(view, "days_given")), reply);
    }

    Map<String, String> submitDecline(Caller c, View view, Reply reply) {
        return submitted(c, checkDecline(c, view.getPrivateMetadata(), Ui.value(view, "reason")), reply);
    }

    /**
     * Tells the provider's invitees (its heads, else its deputies). One whose account Slack refuses does
     * not keep the others from the message; the coordinator is told who was not reached, so they can
     * tell them another way. The message shows no register category, so it needs no read of the register.
     */
    private void tellProvider(SupportRequest r, Reply coordinator) {
        MemberDto provider = s.directory.member(r.providerMemberId()).orElseThrow();
        String text = BotText.get(
                "support.provider.told",
                esc(provider.name()),
                esc(s.directory.nameOf(r.requesterMemberId())),
                r.id(),
                esc(r.focus()),
                days(r.days()));
        Map<String, String> refused = s.slack.postToEach(
                s.directory.inviteesOf(provider),
                BotText.get("support.provider.fallback", r.id()),
                List.of(Ui.text(text)));
        if (!refused.isEmpty()) {
            List<String> notReached = new ArrayList<>();
            refused.forEach(
                    (user, error) -> notReached.add(BotText.get("support.provider.refusedOne", user, esc(error))));
            coordinator.text(
                    BotText.get("support.provider.notReached", r.id(), esc(provider.name()), Words.list(notReached)));
        }
    }

    // ---- evaluation ---------------------------------------------------------------------------

    private void askForEvaluation(SupportRequest r, String requesterSlackUser, boolean chaser) {
        String text = BotText.get(
                chaser ? "support.evaluation.chase" : "support.evaluation.ask",
                r.id(),
                esc(r.focus()),
                esc(s.directory.nameOf(r.requesterMemberId())));
        s.slack.post(
                requesterSlackUser,
                text,
                List.of(
                        Ui.text(text),
                        Ui.buttons(
                                "eval_" + r.id(),
                                List.of(Ui.primary(
                                        "support:evaluate", BotText.get("support.button.evaluate"), r.id())))));
    }

    /**
     * Why {@code c} may not evaluate {@code r}, or empty: the button carries the request, and only the people of
     * the organisation that asked for it (issue 15: checked against every organisation the caller acts for)
     * evaluate it, once, when it is complete.
     */
    private Optional<String> evaluationRefusal(Caller c, SupportRequest r) {
        if (!c.actsFor(r.requesterMemberId())) {
            return Optional.of(
                    BotText.get("support.evaluation.notRequester", esc(s.directory.nameOf(r.requesterMemberId()))));
        }
        if (r.status() == RequestStatus.EVALUATED) {
            return Optional.of(BotText.get("support.evaluation.done", r.id()));
        }
        if (r.status() != RequestStatus.COMPLETED) {
            return Optional.of(BotText.get("support.evaluation.notYet", r.id(), statusLabel(r.status())));
        }
        return Optional.empty();
    }

    View evaluationModal(Caller c, String id) {
        SupportRequest r = load(id).request();
        Optional<String> refused = evaluationRefusal(c, r);
        if (refused.isPresent()) {
            throw new IllegalArgumentException(refused.get());
        }
        List<OptionObject> ratings = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> Ui.opt(i + " \u2014 " + ratingLabel(i), Integer.toString(i)))
                .toList();
        return Ui.modal(
                EVALUATION_MODAL,
                BotText.get("support.evaluation.title"),
                BotText.get("support.evaluation.submit"),
                r.id(),
                List.of(
                        Ui.text(BotText.get(
                                "support.evaluation.request",
                                r.id(),
                                esc(s.directory.nameOf(r.requesterMemberId())),
                                esc(r.focus()))),
                        Ui.select("rating", BotText.get("support.evaluation.rating"), ratings, null, false),
                        Ui.textInput("impact", BotText.get("support.evaluation.impact"), true, false, MAX_IMPACT)));
    }

    private static final int MAX_IMPACT = 2000;

    private static String ratingLabel(int i) {
        return BotText.get("support.rating." + Math.max(1, Math.min(5, i)));
    }

    Map<String, String> submitEvaluation(Caller c, View view, Reply reply) {
        SupportStore.Stored st = s.support.find(view.getPrivateMetadata()).orElse(null);
        if (st == null) {
            return Map.of("impact", BotText.get("support.refused.noRequest", view.getPrivateMetadata()));
        }
        Optional<String> refused = evaluationRefusal(c, st.request());
        if (refused.isPresent()) {
            return Map.of("impact", refused.get());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        int rating = 0;
        try {
            rating = Integer.parseInt(
                    Optional.ofNullable(Ui.value(view, "rating")).orElse(""));
        } catch (NumberFormatException e) {
            rating = 0;
        }
        if (rating < 1 || rating > 5) {
            errors.put("rating", BotText.get("support.error.rating"));
        }
        String impact = Ui.value(view, "impact");
        if (impact == null) {
            errors.put("impact", BotText.get("support.error.impact.blank"));
        } else if (impact.length() > MAX_IMPACT) {
            errors.put("impact", BotText.get("support.error.impact.long", MAX_IMPACT));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        SupportRequest after = RequestLifecycle.evaluate(st.request(), rules());
        if (!s.support.evaluate(st.request(), after, rating, impact, c.slackUser(), s.now())) {
            return Map.of("impact", BotText.get("support.evaluation.done", after.id()));
        }
        int stars = rating;
        s.later(reply, () -> {
            reply.text(BotText.get("support.evaluation.thanks", after.id()));
            if (st.threadTs() != null) {
                SupportStore.Stored fresh = s.support.find(after.id()).orElseThrow();
                s.slack.update(st.channel(), st.threadTs(), summary(fresh), message(fresh));
                // coordinators read the requester's own words, not only the rating (issue 17, point 4)
                s.slack.postInThread(
                        st.channel(),
                        st.threadTs(),
                        BotText.get(
                                "support.thread.evaluated",
                                esc(s.directory.nameOf(after.requesterMemberId())),
                                stars,
                                ratingLabel(stars),
                                esc(impact).replace("\n", "\n>")));
            }
        });
        return Map.of();
    }

    /** Daily: chases each evaluation past the profile's due time once, and counts it on the ladder. */
    void chaseEvaluations() {
        Instant now = s.now();
        // only a completed request can be overdue; the shared rule decides which of them are
        for (SupportStore.Stored st : s.support.withStatus(RequestStatus.COMPLETED)) {
            SupportRequest r = st.request();
            Optional<Instant> overdueSince = RequestLifecycle.evaluationOverdueSince(r, rules(), now);
            if (overdueSince.isEmpty()) {
                continue;
            }
            Instant due = overdueSince.get();
            s.engagement.add(
                    new Signal(
                            r.requesterMemberId(),
                            SignalKind.EVALUATION_NOT_RETURNED,
                            due,
                            "evaluation of request #" + r.id()),
                    "eval-missing:" + r.id());
            s.nudges.sendOnce(
                    "evaluation-chaser:" + r.id(),
                    st.requesterSlackUser(),
                    now,
                    () -> askForEvaluation(r, st.requesterSlackUser(), true));
        }
    }

    // ---- queue and ledger ---------------------------------------------------------------------

    /**
     * {@code /alliance requests} and the Home tab's queue button: coordinators see the open queue by priority, each
     * request with the same buttons as its channel post; members the requests of every organisation they act for
     * (as requester or provider), completed ones of their own with the Evaluate button. Then the days ledger. As
     * many messages as Slack's 50 blocks a message need ({@link Reply#show}).
     */
    void list(Caller c, Reply reply) {
        List<SupportStore.Stored> all = s.support.all();
        Map<String, SupportCategory> categories = currentCategories(c, all);
        List<SupportStore.Stored> shown = all.stream()
                .filter(st -> c.coordinator()
                        ? st.request().status().open()
                        : c.actsFor(st.request().requesterMemberId())
                                || c.actsFor(st.request().providerMemberId()))
                .sorted(java.util.Comparator.comparing(SupportStore.Stored::request, Priority.comparator(categories)))
                .toList();
        String title = c.coordinator()
                ? BotText.get("support.queue.coordinator")
                : BotText.get(
                        "support.queue.member",
                        esc(Words.list(
                                c.organisations().stream().map(MemberDto::name).toList())));
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder fallback = new StringBuilder(title);
        if (shown.isEmpty()) {
            fallback.append('\n').append(BotText.get("support.queue.none"));
        }
        blocks.add(Ui.text(fallback.toString()));
        for (SupportStore.Stored st : shown) {
            SupportRequest r = st.request();
            String line = BotText.get(
                    "support.queue.line",
                    r.id(),
                    esc(s.directory.nameOf(r.requesterMemberId())),
                    esc(r.focus()),
                    days(r.days()),
                    priorityLabel(categories.get(r.requesterMemberId())),
                    st.brokerageRequired() ? BotText.get("support.queue.brokerage") : "",
                    statusLabel(r.status()),
                    r.providerMemberId() == null
                            ? ""
                            : BotText.get("support.queue.provider", esc(s.directory.nameOf(r.providerMemberId()))));
            fallback.append('\n').append(line);
            blocks.add(Ui.text(line));
            if (c.coordinator()) {
                moveButtons(r).ifPresent(blocks::add);
            } else if (r.status() == RequestStatus.COMPLETED && c.actsFor(r.requesterMemberId())) {
                blocks.add(Ui.buttons(
                        "eval_" + r.id(),
                        List.of(Ui.primary("support:evaluate", BotText.get("support.button.evaluate"), r.id()))));
            }
        }
        Set<String> memberIds = new LinkedHashSet<>();
        if (c.coordinator()) {
            s.directory.activeMembers().forEach(m -> memberIds.add(m.id()));
        } else {
            memberIds.addAll(c.memberIds());
        }
        String ledger = new SupportLedger(s).text(memberIds, all, false);
        blocks.addAll(TextBlocks.sections(ledger));
        // the notification text holds the whole answer, as far as Slack's limit allows (TextBlocks.fallback)
        reply.show(fallback.append("\n\n").append(ledger).toString(), blocks);
    }

    /**
     * The support categories {@code c} may see: a coordinator every one; anyone else only what the plugin
     * shows that person (the register read with {@code ?viewer=}, Oldham 3.3-3.5: a provider whose support
     * has ended no longer sees the recipient's category), plus the categories stored with the requests of the
     * organisations they act for. Never the bot's own, wider view.
     */
    private Map<String, SupportCategory> currentCategories(Caller c, List<SupportStore.Stored> all) {
        String viewer = c.coordinator() ? null : c.email();
        Map<String, SupportCategory> categories = new HashMap<>();
        for (SupportStore.Stored st : all) {
            if (st.category() != null
                    && (viewer == null || c.actsFor(st.request().requesterMemberId()))) {
                categories.put(st.request().requesterMemberId(), st.category());
            }
        }
        try {
            for (RegisterRowDto row : s.plugin.register(viewer).rows()) {
                categories.put(row.memberId(), row.category());
            }
        } catch (PluginUnavailable e) {
            log.info("Register unavailable; ordering by the categories stored with each request");
        }
        return categories;
    }
}
