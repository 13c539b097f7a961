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
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.slack.schedule.BotScheduler;
import org.alliancecompact.slack.schedule.DailyJobs;

/**
 * Registers every listener on the Bolt {@link App}: the {@code /alliance} command, the buttons, the
 * modals and the App Home. Each listener acknowledges at once and leaves slow work (Confluence,
 * Slack calls) to {@link Services#later}, except modal submissions, which must answer validation
 * errors in their acknowledgement and so check and store before acknowledging.
 */
public final class BotApp implements BotScheduler.Work {
    private final Services s;
    private final MeetingFlow meetings;
    private final SupportFlow support;
    private final EngagementFlow engagement;
    private final MouFlow mou;
    private final HomeFlow home;
    private final CommandRouter commands;
    private final DailyJobs jobs;

    public BotApp(Services s) {
        this.s = s;
        this.engagement = new EngagementFlow(s);
        this.meetings = new MeetingFlow(s, engagement);
        this.support = new SupportFlow(s);
        this.mou = new MouFlow(s);
        this.home = new HomeFlow(s, meetings);
        this.jobs = new DailyJobs(this, s.nudges::count, s.clock, s.profile.timeZone());
        this.commands = new CommandRouter(s, meetings, support, engagement, mou, new JobsCommand(s, jobs));
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

        action(app, "rsvp:attend", (c, a) -> meetings.answer(c, a.value, RsvpChoice.ATTENDING, a.reply));
        action(app, "rsvp:apologies", (c, a) -> meetings.answer(c, a.value, RsvpChoice.APOLOGIES, a.reply));
        modalAction(app, "rsvp:deputy", (c, a) -> meetings.deputyModal(a.value));
        modalAction(app, "meeting:add", (c, a) -> {
            if (!c.coordinator()) {
                throw new IllegalArgumentException("Only coordinators add meetings.");
            }
            return meetings.addModal();
        });
        action(app, "meeting:who", (c, a) -> meetings.whoIsComing(c, a.value, a.reply));
        modalAction(app, "meeting:attendance", (c, a) -> meetings.attendanceModal(c, a.value));

        modalAction(app, "support:open", (c, a) -> support.requestModal(c));
        for (RequestStatus to : List.of(
                RequestStatus.CLAIMED, RequestStatus.BROKERED, RequestStatus.IN_PROGRESS, RequestStatus.COMPLETED)) {
            action(
                    app,
                    "support:" + to.name().toLowerCase(java.util.Locale.ROOT),
                    (c, a) -> support.move(c, a.value, to, a.reply));
        }
        modalAction(app, "support:assigned", (c, a) -> support.assignModal(c, a.value));
        modalAction(app, "support:declined", (c, a) -> support.declineModal(c, a.value));
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

    private void modalAction(App app, String actionId, ModalWork work) {
        app.blockAction(actionId, (req, ctx) -> {
            Press p = press(req, ctx);
            String user = req.getPayload().getUser().getId();
            // Trigger ids live three seconds: the modal is opened right after the acknowledgement.
            s.later(p.reply(), () -> s.slack.openModal(p.triggerId(), work.open(s.directory.who(user), p)));
            return ctx.ack();
        });
    }

    /**
     * A modal submission: checked and stored before acknowledging, so a problem shows on the field at
     * fault and nothing is stored half-way.
     * Follow-up messages go to the person's DM: a modal has no response_url.
     */
    private void submission(App app, String callbackId, SubmitWork work) {
        ViewSubmissionHandler handler = (ViewSubmissionRequest req, ViewSubmissionContext ctx) -> {
            String user = req.getPayload().getUser().getId();
            View view = req.getPayload().getView();
            Reply reply = dm(user);
            Map<String, String> errors;
            try {
                errors = work.submit(s.directory.who(user), new Submitted(view, reply));
            } catch (RuntimeException e) {
                String[] message = new String[1];
                Services.answerFailure(reply, e, (r, text) -> message[0] = text);
                errors = Map.of(firstInputBlock(view), message[0]);
            }
            return errors.isEmpty() ? ctx.ack() : ctx.ackWithErrors(errors);
        };
        app.viewSubmission(callbackId, handler);
    }

    private static String firstInputBlock(View view) {
        return view.getBlocks().stream()
                .filter(b -> b instanceof InputBlock)
                .map(b -> ((InputBlock) b).getBlockId())
                .findFirst()
                .orElse("value");
    }
}
