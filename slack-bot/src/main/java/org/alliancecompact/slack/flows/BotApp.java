package org.alliancecompact.slack.flows;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.slack.schedule.BotScheduler;
import org.alliancecompact.slack.schedule.DailyJobs;
import org.alliancecompact.slack.slackapi.SlackCallFailed;
import org.alliancecompact.slack.store.ViewSubmissions;
import org.alliancecompact.slack.text.BotText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers every listener on the Bolt {@link App}: the {@code /alliance} command, the buttons, the
 * modals and the App Home. Slack wants every request acknowledged within 3 seconds
 * (https://api.slack.com/interactivity/handling#acknowledgment_response), whatever Confluence is doing:
 *
 * <ul>
 *   <li>commands and buttons acknowledge at once and leave slow work (Confluence, Slack calls) to
 *       {@link Services#later}, which answers at the response_url or by direct message;
 *   <li>a button or command that opens a form opens a "one moment" modal at once and fills it when
 *       its content is ready ({@link ModalOpener});
 *   <li>a modal submission is checked and stored in the bot's own database before the acknowledgement, so
 *       problems show on the field at fault; no form calls Confluence before it answers (the member list,
 *       which says who is asking, is served from the bot's cache while Confluence is slow or down), and
 *       what needs Confluence (a request's priority, the plugin pushes) follows the acknowledgement. Should
 *       the checks still take longer than {@link #SUBMISSION_BUDGET} (the member list to be read from a
 *       Confluence not yet known to be slow), or cannot start at all (no member list at hand and Confluence
 *       known to be slow or down), the acknowledgement turns the modal into a "saving" notice and the
 *       outcome follows in the modal or by direct message. A view submitted again (after Slack's timeout,
 *       say) is taken once ({@link ViewSubmissions}).
 * </ul>
 */
public final class BotApp implements BotScheduler.Work, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BotApp.class);

    /**
     * How long a submission may work before it is acknowledged without its outcome: Slack's 3 seconds
     * less a second for the network and Bolt.
     */
    static final Duration SUBMISSION_BUDGET = Duration.ofSeconds(2);

    private final Services s;
    private final ViewSubmissions submissions;
    private final ModalOpener modals;
    private final ExecutorService submitting;
    private final MeetingFlow meetings;
    private final SupportFlow support;
    private final EngagementFlow engagement;
    private final MouFlow mou;
    private final HomeFlow home;
    private final CommandRouter commands;
    private final DailyJobs jobs;

    public BotApp(Services s, ViewSubmissions submissions) {
        this.s = s;
        this.submissions = submissions;
        this.modals = new ModalOpener(s);
        this.submitting = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bot-submission");
            t.setDaemon(true);
            return t;
        });
        this.engagement = new EngagementFlow(s);
        this.meetings = new MeetingFlow(s, engagement);
        this.support = new SupportFlow(s);
        this.mou = new MouFlow(s);
        this.home = new HomeFlow(s, meetings, engagement);
        this.jobs = new DailyJobs(this, s.nudges::count, s.clock, s.profile.timeZone());
        this.commands = new CommandRouter(s, meetings, support, engagement, mou, modals, new JobsCommand(s, jobs));
    }

    /** The daily jobs by name, to run on demand. */
    public DailyJobs jobs() {
        return jobs;
    }

    /** Adds the listeners to {@code app} and returns it. */
    public App register(App app) {
        app.command(
                "/alliance",
                (req, ctx) -> commands.handle(
                        req.getPayload(),
                        ctx.getTriggerId(),
                        (text, blocks) -> s.slack.respond(req.getPayload().getResponseUrl(), text, blocks),
                        ctx));

        // Answer buttons name the organisation they answer for; MeetingFlow works out who is pressing (a person
        // listed only for former members is told so plainly).
        answerAction(
                app, "rsvp:attend", (user, a) -> meetings.answerButton(user, a.value, RsvpChoice.ATTENDING, a.reply));
        answerAction(
                app,
                "rsvp:apologies",
                (user, a) -> meetings.answerButton(user, a.value, RsvpChoice.APOLOGIES, a.reply));
        app.blockAction("rsvp:deputy", (req, ctx) -> {
            Press p = press(req, ctx);
            String user = req.getPayload().getUser().getId();
            modals.open(p.triggerId(), p.reply(), () -> meetings.deputyModal(user, p.value(), p.reply()));
            return ctx.ack();
        });
        modalAction(app, "meeting:add", (c, a) -> {
            if (!c.coordinator()) {
                throw new IllegalArgumentException(
                        org.alliancecompact.slack.text.BotText.get("meetings.add.onlyCoordinators"));
            }
            return meetings.addModal();
        });
        action(app, "meeting:who", (c, a) -> meetings.whoIsComing(c, a.value, a.reply));
        modalAction(app, "meeting:attendance", (c, a) -> meetings.attendanceModal(c, a.value));

        // from an organisation's Home section the button names it; elsewhere ("open") the form asks
        modalAction(app, "support:open", (c, a) -> support.requestModal(c, c.actsFor(a.value()) ? a.value() : null));
        for (RequestStatus to : List.of(RequestStatus.CLAIMED, RequestStatus.IN_PROGRESS)) {
            action(
                    app,
                    "support:" + to.name().toLowerCase(java.util.Locale.ROOT),
                    (c, a) -> support.move(c, a.value, to, a.reply));
        }
        modalAction(app, "support:assigned", (c, a) -> support.assignModal(c, a.value));
        modalAction(app, "support:declined", (c, a) -> support.declineModal(c, a.value));
        modalAction(app, "support:brokered", (c, a) -> support.brokerModal(c, a.value));
        modalAction(app, "support:completed", (c, a) -> support.completeModal(c, a.value));
        modalAction(app, "support:evaluate", (c, a) -> support.evaluationModal(c, a.value));

        action(app, "home:mou", (c, a) -> mou.status(c, a.reply));
        action(app, "home:requests", (c, a) -> support.list(c, a.reply));
        action(app, "home:engagement", (c, a) -> engagement.show(c, null, a.reply));
        modalAction(app, "engagement:record", (c, a) -> engagement.signalModal(c));

        submission(app, MeetingFlow.ADD_MODAL, (c, v) -> meetings.add(c, v.view));
        submission(app, MeetingFlow.DEPUTY_MODAL, (c, v) -> meetings.submitDeputy(c, v.view, v.reply));
        submission(app, MeetingFlow.ATTENDANCE_MODAL, (c, v) -> meetings.submitAttendance(c, v.view, v.reply));
        submission(app, SupportFlow.REQUEST_MODAL, (c, v) -> support.submitModal(c, v.view, v.reply));
        submission(app, SupportFlow.ASSIGN_MODAL, (c, v) -> support.submitAssign(c, v.view, v.reply));
        submission(app, SupportFlow.DECLINE_MODAL, (c, v) -> support.submitDecline(c, v.view, v.reply));
        submission(app, SupportFlow.BROKER_MODAL, (c, v) -> support.submitBroker(c, v.view, v.reply));
        submission(app, SupportFlow.COMPLETE_MODAL, (c, v) -> support.submitComplete(c, v.view, v.reply));
        submission(app, EngagementFlow.SIGNAL_MODAL, (c, v) -> engagement.submitSignal(c, v.view, v.reply));
        submission(app, SupportFlow.EVALUATION_MODAL, (c, v) -> support.submitEvaluation(c, v.view, v.reply));

        app.event(AppHomeOpenedEvent.class, (req, ctx) -> {
            String user = req.getEvent().getUser();
            s.later(dm(user), () -> home.publish(user));
            return ctx.ack();
        });
        return app;
    }

    // ---- scheduled work -----------------------------------------------------------------------

    @Override
    public void sendRsvpReminder(String meetingId, Duration lead) {
        meetings.sendReminder(meetingId, lead);
    }

    @Override
    public void recomputeEngagement() {
        engagement.recompute();
    }

    @Override
    public void chaseEvaluations() {
        support.chaseEvaluations();
    }

    @Override
    public void sendWeeklyDigest() {
        engagement.weeklyDigest();
    }

    @Override
    public void remindUnsignedMou() {
        mou.remindUnsigned();
    }

    @Override
    public void watchMouEdition() {
        mou.watchForNewEdition();
    }

    @Override
    public void askToSignAgainMou() {
        mou.askToSignAgain();
    }

    @Override
    public void remindMouReview() {
        mou.remindReview();
    }

    @Override
    public void retryPluginPushes() {
        s.outboxSender.deliverDue();
        support.postPending();
    }

    @Override
    public void sendDueRsvpReminders() {
        meetings.sendDueReminders();
    }

    /** On start-up: reminders for meetings stored just before a crash are scheduled (idempotent). */
    public void heal() {
        meetings.healReminders();
    }

    // ---- plumbing -----------------------------------------------------------------------------

    /** What a button press carries. */
    record Press(String value, String triggerId, Reply reply) {}

    /** What a modal submission carries. */
    record Submitted(View view, Reply reply) {}

    @FunctionalInterface
    interface ActionWork {
        void run(Caller c, Press press);
    }

    @FunctionalInterface
    interface ModalWork {
        View open(Caller c, Press press);
    }

    @FunctionalInterface
    interface SubmitWork {
        Map<String, String> submit(Caller c, Submitted submitted);
    }

    private Reply dm(String user) {
        return (text, blocks) -> s.slack.post(user, text, blocks);
    }

    private Reply actionReply(BlockActionRequest req, ActionContext ctx) {
        String user = req.getPayload().getUser().getId();
        if (req.getPayload().getResponseUrl() == null) {
            return dm(user); // from the App Home or a modal: no response_url, so a direct message
        }
        String responseUrl = req.getPayload().getResponseUrl();
        return (text, blocks) -> s.slack.respondToAction(responseUrl, text, blocks);
    }

    private Press press(BlockActionRequest req, ActionContext ctx) {
        var actions = req.getPayload().getActions();
        String value =
                actions == null || actions.isEmpty() ? null : actions.get(0).getValue();
        return new Press(value, req.getPayload().getTriggerId(), actionReply(req, ctx));
    }

    private void action(App app, String actionId, ActionWork work) {
        BlockActionHandler handler = (req, ctx) -> {
            Press p = press(req, ctx);
            String user = req.getPayload().getUser().getId();
            s.later(p.reply(), () -> work.run(s.directory.who(user), p));
            return ctx.ack();
        };
        app.blockAction(actionId, handler);
    }

    /** A button whose work finds out itself who is pressing (by Slack user id). */
    private void answerAction(App app, String actionId, java.util.function.BiConsumer<String, Press> work) {
        app.blockAction(actionId, (req, ctx) -> {
            Press p = press(req, ctx);
            String user = req.getPayload().getUser().getId();
            s.later(p.reply(), () -> work.accept(user, p));
            return ctx.ack();
        });
    }

    private void modalAction(App app, String actionId, ModalWork work) {
        app.blockAction(actionId, (req, ctx) -> {
            Press p = press(req, ctx);
            String user = req.getPayload().getUser().getId();
            // Trigger ids live three seconds: a modal opens right after the acknowledgement, filled later.
            modals.open(p.triggerId(), p.reply(), () -> work.open(s.directory.who(user), p));
            return ctx.ack();
        });
    }

    /** Whether the bot finds Confluence slow or unreachable just now (submissions then do not wait for it). */
    public boolean confluenceSlow() {
        return s.plugin.confluenceSlow();
    }

    /**
     * A modal submission: checked and stored before acknowledging when that takes at most
     * {@link #SUBMISSION_BUDGET}, so a problem shows on the field at fault and nothing is stored
     * half-way. Slower (the member list read from a slow Confluence), it is acknowledged with a "saving" notice in the
     * modal and finishes in the background; its outcome then replaces the notice, or comes by direct
     * message when the modal was closed. A view already submitted is acknowledged and not taken again.
     * Follow-up messages go to the person's DM: a modal has no response_url.
     */
    private void submission(App app, String callbackId, SubmitWork work) {
        ViewSubmissionHandler handler = (ViewSubmissionRequest req, ViewSubmissionContext ctx) -> {
            String user = req.getPayload().getUser().getId();
            View view = req.getPayload().getView();
            String viewId = view.getId();
            Reply reply = dm(user);
            if (viewId != null && !submissions.claim(viewId, callbackId, user, s.now())) {
                log.info("View {} ({}) submitted again; the first submission stands", viewId, callbackId);
                return ctx.ack();
            }
            Future<Map<String, String>> outcome = submitting.submit(() -> submitNow(work, user, view, reply));
            Map<String, String> errors;
            try {
                errors = outcome.get(budget().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException slow) {
                submitting.execute(() -> reportLate(outcome, viewId, reply));
                return ctx.ackWithUpdate(Ui.notice(BotText.get("bot.title"), BotText.get("bot.saving")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                errors = Map.of(firstInputBlock(view), BotText.get("bot.interrupted"));
            } catch (ExecutionException e) {
                errors = Map.of(firstInputBlock(view), BotText.get("bot.failed"));
            }
            if (!errors.isEmpty() && viewId != null) {
                submissions.release(viewId); // the corrected form is a new attempt
            }
            return errors.isEmpty() ? ctx.ack() : ctx.ackWithErrors(errors);
        };
        app.viewSubmission(callbackId, handler);
    }

    /**
     * How long a submission may work before it is acknowledged without its outcome: {@link #SUBMISSION_BUDGET},
     * or nothing at all when its checks cannot start without a Confluence that is known to be slow or down (no
     * member list at hand to say who is asking): waiting would only spend Slack's 3 seconds.
     */
    private Duration budget() {
        return s.plugin.membersAtHand() || !s.plugin.confluenceSlow() ? SUBMISSION_BUDGET : Duration.ZERO;
    }

    /** Runs the submission's check-and-store; a failure becomes an error on the form's first field. */
    private Map<String, String> submitNow(SubmitWork work, String user, View view, Reply reply) {
        try {
            return work.submit(s.directory.who(user), new Submitted(view, reply));
        } catch (RuntimeException e) {
            String[] message = new String[1];
            Services.answerFailure(reply, e, (r, text) -> message[0] = text);
            return Map.of(firstInputBlock(view), message[0]);
        }
    }

    /** The outcome of a submission acknowledged before it finished: in the modal if still open, else a DM. */
    private void reportLate(Future<Map<String, String>> outcome, String viewId, Reply reply) {
        String text;
        try {
            Map<String, String> errors = outcome.get();
            if (errors.isEmpty()) {
                text = BotText.get("bot.saved");
            } else {
                if (viewId != null) {
                    submissions.release(viewId);
                }
                text = BotText.get("bot.notSaved", Ui.esc(String.join(" ", errors.values())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            log.error("Submission failed", e.getCause());
            text = BotText.get("bot.failed");
        }
        String outcomeText = text;
        try {
            if (viewId == null) {
                throw new SlackCallFailed("views.update", "no view id");
            }
            s.slack.updateModal(viewId, Ui.notice(BotText.get("bot.title"), outcomeText));
        } catch (SlackCallFailed closed) {
            s.run(reply, () -> reply.text(outcomeText));
        }
    }

    /** No work left from acknowledged requests: modals opening, submissions finishing, the member list read. */
    public boolean idle() {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) submitting;
        return modals.idle()
                && pool.getActiveCount() == 0
                && pool.getQueue().isEmpty()
                && !s.plugin.refreshingMembers();
    }

    @Override
    public void close() {
        modals.close();
        submitting.shutdown();
        try {
            submitting.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String firstInputBlock(View view) {
        return view.getBlocks().stream()
                .filter(b -> b instanceof InputBlock)
                .map(b -> ((InputBlock) b).getBlockId())
                .findFirst()
                .orElse("value");
    }
}
