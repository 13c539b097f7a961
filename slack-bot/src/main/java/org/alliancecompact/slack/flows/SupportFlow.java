package org.alliancecompact.slack.flows;

import static org.alliancecompact.slack.flows.Ui.esc;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.ButtonElement;
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
import org.alliancecompact.model.support.DaysLedger;
import org.alliancecompact.model.support.Priority;
import org.alliancecompact.model.support.RequestLifecycle;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.model.support.SupportRules;
import org.alliancecompact.model.time.AcademicYear;
import org.alliancecompact.slack.confluence.PluginUnavailable;
import org.alliancecompact.slack.schedule.BotScheduler;
import org.alliancecompact.slack.slackapi.SlackCallFailed;
import org.alliancecompact.slack.slackapi.SlackMessenger;
import org.alliancecompact.slack.store.SupportStore;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Support requests: a member files one; it is posted to the improvement group's channel with its
 * priority (the requester's category from the register) and the brokerage flag; coordinators claim,
 * broker, assign a provider, start and complete it from buttons on that message, each move reported
 * in its thread; on completion the requester is asked for an evaluation, and chased when it is late.
 * Every move goes through {@link RequestLifecycle}.
 */
final class SupportFlow {
    private static final Logger log = LoggerFactory.getLogger(SupportFlow.class);
    static final String REQUEST_MODAL = "support_request";
    static final String ASSIGN_MODAL = "support_assign";
    static final String DECLINE_MODAL = "support_decline";
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

    // ---- filing -------------------------------------------------------------------------------

    View requestModal(Caller c) {
        requireMember(c);
        List<OptionObject> providers = providerOptions(c.memberId());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Ui.text("Your request goes to " + esc(rules().improvementGroupName()) + ". Requests for more than "
                + Ui.days(rules().brokerageThresholdDays()) + " days are brokered first."));
        blocks.add(Ui.textInput("focus", "What is the support for?", true, false, SupportRequest.MAX_FOCUS_LENGTH));
        blocks.add(Ui.textInput("days", "Days of support (half-day steps, such as 1.5)", false, false, 6));
        if (!providers.isEmpty()) {
            blocks.add(Ui.select("provider", "Preferred provider (optional)", providers, null, true));
        }
        return Ui.modal(REQUEST_MODAL, "Request support", "Send", "", blocks);
    }

    private List<OptionObject> providerOptions(String exceptMemberId) {
        return s.directory.activeMembers().stream()
                .filter(m -> !m.id().equals(exceptMemberId))
                .map(m -> Ui.opt(m.name(), m.id()))
                .toList();
    }

    Map<String, String> submitModal(Caller c, View view, Reply reply) {
        return file(c, Ui.value(view, "focus"), Ui.value(view, "days"), Ui.value(view, "provider"), reply);
    }

    /**
     * Files a request; returns errors by field ({@code focus}, {@code days}, {@code provider}), empty
     * when it was stored.
     */
    Map<String, String> file(Caller c, String focus, String daysText, String providerId, Reply reply) {
        requireMember(c);
        BigDecimal days;
        try {
            days = new BigDecimal(daysText == null ? "" : daysText.strip());
        } catch (NumberFormatException e) {
            return Map.of("days", "Days must be a number, such as 1 or 1.5.");
        }
        SupportRequest draft;
        try {
            draft = SupportRequest.submit("new", c.memberId(), focus, days, providerId, s.now());
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            String field = m.startsWith("days") ? "days" : m.startsWith("preferred") ? "provider" : "focus";
            return Map.of(field, m);
        }
        if (providerId != null && s.directory.member(providerId).isEmpty()) {
            return Map.of("provider", "No member organisation has the id " + providerId + ".");
        }
        SupportCategory category = null;
        boolean categoryKnown = true;
        try {
            category = s.plugin.categoryOf(c.memberId());
        } catch (PluginUnavailable e) {
            // Filing must not depend on Confluence being up: the request goes in without a priority.
            categoryKnown = false;
        }
        boolean brokerage = RequestLifecycle.brokerageRequired(days, rules());
        SupportRequest stored = s.support.insert(draft, c.slackUser(), category, brokerage);
        boolean known = categoryKnown;
        beingPosted.add(stored.id());
        s.later(reply, () -> {
            boolean posted;
            try {
                posted = postToGroupOrAlert(stored.id());
            } finally {
                beingPosted.remove(stored.id());
            }
            String group = esc(rules().improvementGroupName());
            reply.text("Your request #" + stored.id() + " for " + Ui.days(days) + " days "
                    + (posted
                            ? "has gone to " + group + "."
                            : "is stored, but Slack would not let me post it to " + group
                                    + "'s channel just now. It will be posted as soon as Slack accepts it, and the"
                                    + " coordinators have been told; there is no need to ask again.")
                    + (brokerage
                            ? " It is over " + Ui.days(rules().brokerageThresholdDays())
                                    + " days, so it will be brokered first."
                            : "")
                    + (known ? "" : " (Confluence was unreachable, so its priority will be set later.)"));
        });
        return Map.of();
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
        return minutes == 1 ? "every minute" : "every " + minutes + " minutes";
    }

    private void alertCoordinators(String id, String error) {
        String text = "Support request #" + id + " could not be posted to " + esc(s.config.supportChannel())
                + ": Slack said `" + esc(error) + "`. " + whatToDo(error)
                + " The request is stored; I try again " + every(BotScheduler.RETRY_INTERVAL)
                + " and post it as soon as Slack accepts it.";
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
            case "not_in_channel" -> "Invite the bot to the channel (type `/invite @` and the bot's name there).";
            case "channel_not_found" ->
                "Check SUPPORT_CHANNEL in the bot's settings: Slack knows no such channel,"
                        + " or it is private and the bot is not in it.";
            case "is_archived" -> "The channel is archived: unarchive it, or set SUPPORT_CHANNEL to another one.";
            default -> "If it goes on, check the bot's settings and its access to the channel.";
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
                ? "priority " + Priority.rank(null) + " (no category on the register)"
                : "priority " + Priority.rank(category) + " (" + category.name().toLowerCase(Locale.ROOT) + ")";
    }

    private String summary(SupportStore.Stored st) {
        SupportRequest r = st.request();
        return "Support request #" + r.id() + " from " + esc(s.directory.nameOf(r.requesterMemberId())) + ": "
                + Ui.days(r.days()) + " days, " + priorityLabel(st.category()) + ", " + statusLabel(r.status());
    }

    static String statusLabel(RequestStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The channel message: what is asked, its priority, brokerage flag, status and the next moves. */
    List<LayoutBlock> message(SupportStore.Stored st) {
        SupportRequest r = st.request();
        StringBuilder text = new StringBuilder();
        text.append("*Support request #")
                .append(r.id())
                .append("* from *")
                .append(esc(s.directory.nameOf(r.requesterMemberId())))
                .append("*\n");
        text.append("Focus: ").append(esc(r.focus())).append('\n');
        text.append("Days: ").append(Ui.days(r.days())).append(" — ").append(priorityLabel(st.category()));
        if (st.brokerageRequired()) {
            text.append(" — :warning: *brokerage required* (more than ")
                    .append(Ui.days(rules().brokerageThresholdDays()))
                    .append(" days)");
        }
        text.append('\n');
        if (r.preferredProviderMemberId() != null) {
            text.append("Preferred provider: ")
                    .append(esc(s.directory.nameOf(r.preferredProviderMemberId())))
                    .append('\n');
        }
        text.append("Status: *").append(statusLabel(r.status())).append('*');
        if (r.claimedBy() != null) {
            text.append(" — coordinator <@").append(r.claimedBy()).append('>');
        }
        if (r.providerMemberId() != null) {
            text.append(" — provider ").append(esc(s.directory.nameOf(r.providerMemberId())));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Ui.text(text.toString()));
        List<ButtonElement> buttons = new ArrayList<>();
        Set<RequestStatus> next = RequestLifecycle.nextStates(r, rules());
        for (RequestStatus to : List.of(
                RequestStatus.CLAIMED,
                RequestStatus.BROKERED,
                RequestStatus.ASSIGNED,
                RequestStatus.IN_PROGRESS,
                RequestStatus.COMPLETED,
                RequestStatus.DECLINED)) {
            if (next.contains(to)) {
                buttons.add(Ui.button("support:" + to.name().toLowerCase(Locale.ROOT), moveLabel(to), r.id()));
            }
        }
        if (!buttons.isEmpty()) {
            blocks.add(Ui.buttons("support_" + r.id(), buttons));
        }
        return blocks;
    }

    private static String moveLabel(RequestStatus to) {
        return switch (to) {
            case CLAIMED -> "Claim";
            case BROKERED -> "Broker";
            case ASSIGNED -> "Assign provider";
            case IN_PROGRESS -> "Mark in progress";
            case COMPLETED -> "Complete";
            case DECLINED -> "Decline";
            default -> to.name();
        };
    }

    // ---- coordinators' moves ------------------------------------------------------------------

    private SupportStore.Stored load(String id) {
        return s.support
                .find(id)
                .orElseThrow(() -> new IllegalArgumentException("There is no support request #" + id + "."));
    }

    private static void requireCoordinator(Caller c) {
        if (!c.coordinator()) {
            throw new IllegalArgumentException("Only coordinators move support requests.");
        }
    }

    private static void requireMember(Caller c) {
        if (!c.isMember()) {
            throw new IllegalArgumentException("Only a member organisation's people file support requests.");
        }
    }

    /** Claim, broker, start or complete from a button; the lifecycle says whether it may. */
    void move(Caller c, String id, RequestStatus to, Reply reply) {
        requireCoordinator(c);
        SupportStore.Stored st = load(id);
        SupportRequest before = st.request();
        Instant now = s.now();
        SupportRequest after = switch (to) {
            case CLAIMED -> RequestLifecycle.claim(before, c.slackUser(), rules());
            case BROKERED -> RequestLifecycle.broker(before, rules());
            case IN_PROGRESS -> RequestLifecycle.start(before, rules());
            case COMPLETED -> RequestLifecycle.complete(before, now, rules());
            default -> throw new IllegalArgumentException("That move needs more detail.");
        };
        boolean ended = to == RequestStatus.COMPLETED && before.providerMemberId() != null;
        boolean moved = save(
                c,
                st,
                after,
                h -> {
                    if (ended) {
                        s.plugin.queueSupportAssignment(
                                h,
                                id,
                                new SupportAssignmentDto(
                                        before.providerMemberId(),
                                        before.requesterMemberId(),
                                        SupportAssignmentDto.State.ENDED));
                    }
                },
                reply);
        if (moved && to == RequestStatus.COMPLETED) {
            notifying(after, reply, () -> askForEvaluation(after, st.requesterSlackUser(), false));
        }
    }

    /** Moves the request and tells the group's thread and the requester; false when someone moved it first. */
    private boolean save(
            Caller c,
            SupportStore.Stored st,
            SupportRequest after,
            java.util.function.Consumer<Handle> alsoInTransaction,
            Reply reply) {
        if (!s.support.move(st.request(), after, c.slackUser(), s.now(), alsoInTransaction)) {
            reply.text("Request #" + after.id() + " was moved by someone else meanwhile; nothing changed.");
            return false;
        }
        s.flushOutbox();
        notifying(after, reply, () -> announceMove(c, st, after));
        return true;
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
            reply.text("Request #" + after.id() + " is now *" + statusLabel(after.status())
                    + "*, but Slack refused part of the notice (`" + esc(e.error())
                    + "`), so the group's thread or the people concerned may not show it. There is no need to do it"
                    + " again.");
        }
    }

    private void announceMove(Caller c, SupportStore.Stored st, SupportRequest after) {
        SupportStore.Stored fresh = load(after.id());
        if (fresh.threadTs() != null) {
            s.slack.update(fresh.channel(), fresh.threadTs(), summary(fresh), message(fresh));
            s.slack.postInThread(
                    fresh.channel(),
                    fresh.threadTs(),
                    "<@" + c.slackUser() + "> moved it to *" + statusLabel(after.status()) + "*"
                            + (after.providerMemberId() != null && after.status() == RequestStatus.ASSIGNED
                                    ? ": provider " + esc(s.directory.nameOf(after.providerMemberId()))
                                    : "")
                            + (after.closingReason() != null ? ": " + esc(after.closingReason()) : "") + ".");
        }
        if (!c.slackUser().equals(st.requesterSlackUser())) {
            s.slack.post(
                    st.requesterSlackUser(),
                    "Your support request #" + after.id() + " is now " + statusLabel(after.status()) + ".",
                    List.of(Ui.text("Your support request #" + after.id() + " (" + esc(after.focus()) + ") is now *"
                            + statusLabel(after.status()) + "*.")));
        }
    }

    View assignModal(Caller c, String id) {
        requireCoordinator(c);
        SupportRequest r = load(id).request();
        Optional<String> refusal = RequestLifecycle.refusal(r, RequestStatus.ASSIGNED, rules());
        if (refusal.isPresent()) {
            throw new IllegalArgumentException(refusal.get());
        }
        List<OptionObject> providers = providerOptions(r.requesterMemberId());
        OptionObject initial = r.preferredProviderMemberId() == null
                ? null
                : providers.stream()
                        .filter(o -> o.getValue().equals(r.preferredProviderMemberId()))
                        .findFirst()
                        .orElse(null);
        return Ui.modal(
                ASSIGN_MODAL,
                "Assign a provider",
                "Assign",
                r.id(),
                List.of(
                        Ui.text("Request #" + r.id() + ": " + esc(r.focus())),
                        Ui.select("provider", "Provider", providers, initial, false)));
    }

    /** Assigns the provider, queues the plugin push granting sight of the register row, tells the provider. */
    Map<String, String> submitAssign(Caller c, View view, Reply reply) {
        if (!c.coordinator()) {
            return Map.of("provider", "Only coordinators assign providers.");
        }
        String providerId = Ui.value(view, "provider");
        if (providerId == null || s.directory.member(providerId).isEmpty()) {
            return Map.of("provider", "Choose the member organisation that will provide the support.");
        }
        SupportStore.Stored st = s.support.find(view.getPrivateMetadata()).orElse(null);
        if (st == null) {
            return Map.of("provider", "That request no longer exists.");
        }
        SupportRequest after;
        try {
            after = RequestLifecycle.assign(st.request(), providerId, rules());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Map.of("provider", e.getMessage());
        }
        s.later(reply, () -> {
            boolean moved = save(
                    c,
                    st,
                    after,
                    h -> s.plugin.queueSupportAssignment(
                            h,
                            after.id(),
                            new SupportAssignmentDto(
                                    providerId, after.requesterMemberId(), SupportAssignmentDto.State.ACTIVE)),
                    reply);
            if (moved) {
                notifying(after, reply, () -> tellProvider(after, reply));
            }
        });
        return Map.of();
    }

    /**
     * Tells the provider's invitees (its heads, else its deputies). One whose account Slack refuses does
     * not keep the others from the message; the coordinator is told who was not reached, so they can
     * tell them another way.
     */
    private void tellProvider(SupportRequest r, Reply coordinator) {
        MemberDto provider = s.directory.member(r.providerMemberId()).orElseThrow();
        String text = esc(provider.name()) + " has been asked to support *"
                + esc(s.directory.nameOf(r.requesterMemberId())) + "* (request #" + r.id() + "): " + esc(r.focus())
                + " — " + Ui.days(r.days()) + " days. While it runs you can see their row of the support-category"
                + " register in Confluence.";
        Map<String, String> refused = s.slack.postToEach(
                s.directory.inviteesOf(provider),
                "You have been assigned support request #" + r.id(),
                List.of(Ui.text(text)));
        if (!refused.isEmpty()) {
            List<String> notReached = new ArrayList<>();
            refused.forEach((user, error) -> notReached.add("<@" + user + "> (Slack said `" + esc(error) + "`)"));
            coordinator.text("Request #" + r.id() + " is assigned to " + esc(provider.name())
                    + ", but I could not tell " + String.join(", ", notReached)
                    + ". Please let them know another way; there is no need to assign it again.");
        }
    }

    View declineModal(Caller c, String id) {
        requireCoordinator(c);
        SupportRequest r = load(id).request();
        return Ui.modal(
                DECLINE_MODAL,
                "Decline request",
                "Decline",
                r.id(),
                List.of(
                        Ui.text("Request #" + r.id() + ": " + esc(r.focus())),
                        Ui.textInput("reason", "Why (the requester is told)", true, false, 500)));
    }

    Map<String, String> submitDecline(Caller c, View view, Reply reply) {
        if (!c.coordinator()) {
            return Map.of("reason", "Only coordinators decline requests.");
        }
        SupportStore.Stored st = s.support.find(view.getPrivateMetadata()).orElse(null);
        if (st == null) {
            return Map.of("reason", "That request no longer exists.");
        }
        SupportRequest after;
        try {
            after = RequestLifecycle.decline(st.request(), Ui.value(view, "reason"), rules());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Map.of("reason", e.getMessage());
        }
        SupportRequest before = st.request();
        s.later(
                reply,
                () -> save(
                        c,
                        st,
                        after,
                        h -> {
                            if (before.providerMemberId() != null) {
                                s.plugin.queueSupportAssignment(
                                        h,
                                        after.id(),
                                        new SupportAssignmentDto(
                                                before.providerMemberId(),
                                                before.requesterMemberId(),
                                                SupportAssignmentDto.State.ENDED));
                            }
                        },
                        reply));
        return Map.of();
    }

    // ---- evaluation ---------------------------------------------------------------------------

    private void askForEvaluation(SupportRequest r, String requesterSlackUser, boolean chaser) {
        String text = (chaser ? "Reminder: your evaluation" : "Your evaluation") + " of support request #" + r.id()
                + " (" + esc(r.focus()) + ") is " + (chaser ? "overdue" : "welcome now it is complete")
                + ". It takes a minute.";
        s.slack.post(
                requesterSlackUser,
                text,
                List.of(
                        Ui.text(text),
                        Ui.buttons("eval_" + r.id(), List.of(Ui.primary("support:evaluate", "Evaluate", r.id())))));
    }

    View evaluationModal(Caller c, String id) {
        SupportRequest r = load(id).request();
        requireRequester(c, r);
        if (r.status() != RequestStatus.COMPLETED) {
            throw new IllegalArgumentException("Request #" + id + " is " + statusLabel(r.status())
                    + ": only a completed request is evaluated, once.");
        }
        List<OptionObject> ratings = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> Ui.opt(i + " — " + ratingLabel(i), Integer.toString(i)))
                .toList();
        return Ui.modal(
                EVALUATION_MODAL,
                "Evaluate support",
                "Send",
                r.id(),
                List.of(
                        Ui.text("Request #" + r.id() + ": " + esc(r.focus())),
                        Ui.select("rating", "How useful was it?", ratings, null, false),
                        Ui.textInput("impact", "What difference did it make?", true, false, 2000)));
    }

    private static String ratingLabel(int i) {
        return switch (i) {
            case 1 -> "not useful";
            case 2 -> "a little useful";
            case 3 -> "useful";
            case 4 -> "very useful";
            default -> "transformative";
        };
    }

    private static void requireRequester(Caller c, SupportRequest r) {
        if (!r.requesterMemberId().equals(c.memberId())) {
            throw new IllegalArgumentException("Only the organisation that asked for the support evaluates it.");
        }
    }

    Map<String, String> submitEvaluation(Caller c, View view, Reply reply) {
        SupportStore.Stored st = s.support.find(view.getPrivateMetadata()).orElse(null);
        if (st == null) {
            return Map.of("impact", "That request no longer exists.");
        }
        if (!st.request().requesterMemberId().equals(c.memberId())) {
            return Map.of("impact", "Only the organisation that asked for the support evaluates it.");
        }
        Map<String, String> errors = new HashMap<>();
        int rating = 0;
        try {
            rating = Integer.parseInt(
                    Optional.ofNullable(Ui.value(view, "rating")).orElse(""));
        } catch (NumberFormatException e) {
            errors.put("rating", "Choose a rating from 1 to 5.");
        }
        if (!errors.containsKey("rating") && (rating < 1 || rating > 5)) {
            errors.put("rating", "Choose a rating from 1 to 5.");
        }
        String impact = Ui.value(view, "impact");
        if (impact == null) {
            errors.put("impact", "Say what difference the support made.");
        } else if (impact.length() > 2000) {
            errors.put("impact", "Keep it to 2000 characters.");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        SupportRequest after;
        try {
            after = RequestLifecycle.evaluate(st.request(), rules());
        } catch (IllegalStateException e) {
            return Map.of("impact", e.getMessage());
        }
        if (!s.support.evaluate(st.request(), after, rating, impact, c.slackUser(), s.now())) {
            return Map.of("impact", "This request has already been evaluated.");
        }
        int stars = rating;
        s.later(reply, () -> {
            reply.text("Thank you: your evaluation of request #" + after.id() + " is recorded.");
            if (st.threadTs() != null) {
                s.slack.update(
                        st.channel(),
                        st.threadTs(),
                        "Support request #" + after.id() + " evaluated",
                        message(s.support.find(after.id()).orElseThrow()));
                s.slack.postInThread(st.channel(), st.threadTs(), "Evaluated by the requester: " + stars + "/5.");
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

    /** `/alliance requests`: coordinators see the open queue by priority; members their own requests. */
    void list(Caller c, Reply reply) {
        List<SupportStore.Stored> all = s.support.all();
        Map<String, SupportCategory> categories = currentCategories(c, all);
        List<SupportStore.Stored> shown = all.stream()
                .filter(st -> c.coordinator()
                        ? st.request().status().open()
                        : st.request().requesterMemberId().equals(c.memberId())
                                || c.memberId().equals(st.request().providerMemberId()))
                .sorted(java.util.Comparator.comparing(SupportStore.Stored::request, Priority.comparator(categories)))
                .toList();
        StringBuilder text = new StringBuilder(
                c.coordinator()
                        ? "*Open support requests, by priority*\n"
                        : "*Your organisation's support requests*\n");
        if (shown.isEmpty()) {
            text.append("None.\n");
        }
        for (SupportStore.Stored st : shown) {
            SupportRequest r = st.request();
            text.append("• #")
                    .append(r.id())
                    .append(' ')
                    .append(esc(s.directory.nameOf(r.requesterMemberId())))
                    .append(" — ")
                    .append(esc(r.focus()))
                    .append(" — ")
                    .append(Ui.days(r.days()))
                    .append(" days — ")
                    .append(priorityLabel(categories.get(r.requesterMemberId())))
                    .append(st.brokerageRequired() ? " — brokerage required" : "")
                    .append(" — *")
                    .append(statusLabel(r.status()))
                    .append("*\n");
        }
        text.append('\n').append(ledgers(c, all));
        reply.text(text.toString().strip());
    }

    /**
     * The support categories {@code c} may see: a coordinator every one; anyone else only what the plugin
     * shows that person (the register read with {@code ?viewer=}, Oldham 3.3-3.5: a provider whose support
     * has ended no longer sees the recipient's category), plus the categories stored with their own
     * organisation's requests. Never the bot's own, wider view.
     */
    private Map<String, SupportCategory> currentCategories(Caller c, List<SupportStore.Stored> all) {
        String viewer = c.coordinator() ? null : c.email();
        Map<String, SupportCategory> categories = new HashMap<>();
        for (SupportStore.Stored st : all) {
            if (st.category() != null
                    && (viewer == null || st.request().requesterMemberId().equals(c.memberId()))) {
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

    /** The committed-days ledger for the academic year, per organisation. */
    private String ledgers(Caller c, List<SupportStore.Stored> all) {
        AcademicYear year = AcademicYear.containing(s.now(), s.profile.timeZone());
        List<SupportRequest> requests =
                all.stream().map(SupportStore.Stored::request).toList();
        Set<String> memberIds = new LinkedHashSet<>();
        if (c.coordinator()) {
            s.directory.activeMembers().forEach(m -> memberIds.add(m.id()));
        } else {
            memberIds.add(c.memberId());
        }
        StringBuilder text = new StringBuilder("*Committed days, " + year.label() + "*\n");
        Map<String, DaysLedger> ledgers = new LinkedHashMap<>();
        for (String id : memberIds) {
            ledgers.put(id, DaysLedger.of(id, year, requests, rules(), s.profile.timeZone()));
        }
        ledgers.forEach((id, l) -> text.append("• ")
                .append(esc(s.directory.nameOf(id)))
                .append(": given ")
                .append(Ui.days(l.given()))
                .append(" of ")
                .append(Ui.days(l.committed()))
                .append(", received ")
                .append(Ui.days(l.received()))
                .append(l.commitmentMet() ? " — commitment met" : "")
                .append('\n'));
        return text.toString();
    }
}
