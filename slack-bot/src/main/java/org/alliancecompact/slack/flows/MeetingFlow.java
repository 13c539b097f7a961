package org.alliancecompact.slack.flows;

import com.slack.api.model.view.View;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.RsvpChoice;

/**
 * Meetings, the entry point {@link BotApp}, {@link CommandRouter} and {@link HomeFlow} call: coordinators add them
 * ({@link MeetingScheduling}), members answer invitations ({@link MeetingAnswers}: attend or send apologies;
 * {@link DeputyAnswers}: send a deputy within the profile's allowance), non-responders are reminded at the profile's
 * lead times ({@link MeetingReminders}), and coordinators see who is coming ({@link MeetingList}) and take
 * attendance afterwards ({@link AttendanceForm}, {@link AttendanceRecording}). This class only wires those use cases
 * together and keeps the forms' callback ids in one place for the router and the tests.
 * Each use case is a record of the parts it calls and holds no state of its own.
 */
final class MeetingFlow {
    static final String ADD_MODAL = MeetingScheduling.ADD_MODAL;
    static final String DEPUTY_MODAL = DeputyAnswers.DEPUTY_MODAL;
    static final String ATTENDANCE_MODAL = AttendanceForm.ATTENDANCE_MODAL;

    MeetingFlow(Services s, EngagementFlow engagement) {
        this.text = new MeetingText(s);
        MeetingMembers members = new MeetingMembers(s);
        this.list = new MeetingList(s, text, members);
        this.reminders = new MeetingReminders(s, text, members);
        this.scheduling = new MeetingScheduling(s, text, members, reminders);
        this.answers = new MeetingAnswers(s, text, members);
        this.deputies = new DeputyAnswers(s, text, answers);
        this.attendanceForm = new AttendanceForm(s, text, members);
        this.attendance = new AttendanceRecording(s, text, members, engagement);
    }

    // ---- a meeting in words (MeetingText) -------------------------------------------------------

    private final MeetingText text;

    /** A meeting in one line: its title, kind, time and place ({@link MeetingText#describe}). */
    String describe(Meeting m) {
        return text.describe(m);
    }

    // ---- listing (MeetingList) -------------------------------------------------------------------

    private final MeetingList list;

    void list(Caller c, Reply reply) {
        list.list(c, reply);
    }

    void whoIsComing(Caller c, String meetingId, Reply reply) {
        list.whoIsComing(c, meetingId, reply);
    }

    // ---- adding a meeting and its reminders (MeetingScheduling, MeetingReminders) -----------------

    private final MeetingScheduling scheduling;

    private final MeetingReminders reminders;

    View addModal() {
        return scheduling.addModal();
    }

    Map<String, String> add(Caller c, View view) {
        return scheduling.add(c, view);
    }

    void sendReminder(String meetingId, Duration lead) {
        reminders.sendReminder(meetingId, lead);
    }

    void healReminders() {
        reminders.healReminders();
    }

    void sendDueReminders() {
        reminders.sendDueReminders();
    }

    // ---- answering (MeetingAnswers, DeputyAnswers) ---------------------------------------------------

    private final DeputyAnswers deputies;

    private final MeetingAnswers answers;

    Caller answering(String slackUser) {
        return answers.answering(slackUser);
    }

    void answer(Caller c, String meetingId, String memberId, RsvpChoice choice, Reply reply) {
        answers.answer(c, meetingId, memberId, choice, reply);
    }

    void answerButton(String slackUser, String value, RsvpChoice choice, Reply reply) {
        answers.answerButton(slackUser, value, choice, reply);
    }

    Optional<String> deputy(
            Caller c, String meetingId, String memberId, String deputyName, String deputyEmail, Reply reply) {
        return deputies.deputy(c, meetingId, memberId, deputyName, deputyEmail, reply);
    }

    View deputyModal(String slackUser, String value, Reply reply) {
        return deputies.deputyModal(slackUser, value, reply);
    }

    Map<String, String> submitDeputy(Caller c, View view, Reply reply) {
        return deputies.submitDeputy(c, view, reply);
    }

    // ---- attendance (AttendanceForm, AttendanceRecording) ----------------------------------------

    private final AttendanceRecording attendance;

    private final AttendanceForm attendanceForm;

    View attendanceModal(Caller c, String meetingId) {
        return attendanceForm.attendanceModal(c, meetingId);
    }

    Map<String, String> submitAttendance(Caller c, View view, Reply reply) {
        return attendance.submitAttendance(c, view, reply);
    }
}
