package org.alliancecompact.model.meeting;

import static org.alliancecompact.model.meeting.MeetingFixtures.BOLTON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final Instant AT = Instant.parse("2026-10-14T15:30:00Z");

    @Test
    void aMeetingNeedsAPlaceOrALink() {
        assertThat(new Meeting("m", MeetingKind.ALLIANCE_MEETING, " BLA ", AT, null, "https://meet.example/x", true))
                .satisfies(m -> {
                    assertThat(m.title()).isEqualTo("BLA");
                    assertThat(m.place()).isNull();
                    assertThat(m.confidential()).isTrue();
                });
        assertThatThrownBy(() -> new Meeting("m", MeetingKind.ALLIANCE_MEETING, "BLA", AT, " ", null, false))
                .hasMessageStartingWith("place");
    }

    @Test
    void linksMustBeHttps() {
        assertThatThrownBy(() -> new Meeting("m", MeetingKind.CONFERENCE, "c", AT, null, "javascript:alert(1)", false))
                .hasMessageStartingWith("link");
    }

    @Test
    void requiredFieldsAreNamed() {
        assertThatThrownBy(() -> new Meeting("", MeetingKind.CONFERENCE, "c", AT, "p", null, false))
                .hasMessageStartingWith("id");
        assertThatThrownBy(() -> new Meeting("m", null, "c", AT, "p", null, false))
                .hasMessageStartingWith("kind");
        assertThatThrownBy(() -> new Meeting("m", MeetingKind.CONFERENCE, "", AT, "p", null, false))
                .hasMessageStartingWith("title");
        assertThatThrownBy(() -> new Meeting("m", MeetingKind.CONFERENCE, "x".repeat(201), AT, "p", null, false))
                .hasMessageStartingWith("title");
        assertThatThrownBy(() -> new Meeting("m", MeetingKind.CONFERENCE, "c", null, "p", null, false))
                .hasMessageStartingWith("startsAt");
    }

    @Test
    void onlyKindsTheAllianceHoldsCanBeScheduled() {
        assertThat(Meeting.schedule("m", MeetingKind.WORKING_GROUP, "Hub", AT, "p", null, false, BOLTON)
                        .kind())
                .isEqualTo(MeetingKind.WORKING_GROUP);
        assertThatThrownBy(() -> Meeting.schedule("m", MeetingKind.STRATEGIC_GROUP, "S", AT, "p", null, false, BOLTON))
                .hasMessageStartingWith("kind")
                .hasMessageContaining("STRATEGIC_GROUP");
    }

    @Test
    void aDeputyAnswerNamesTheDeputyAndOnlyItDoes() {
        Rsvp deputy = new Rsvp("m", "school", RsvpChoice.DEPUTY, "Dee Puty", "dee@school.example", AT);
        assertThat(deputy.deputyName()).isEqualTo("Dee Puty");
        assertThatThrownBy(() -> new Rsvp("m", "school", RsvpChoice.DEPUTY, " ", null, AT))
                .hasMessageStartingWith("deputyName");
        assertThatThrownBy(() -> new Rsvp("m", "school", RsvpChoice.ATTENDING, "Dee", null, AT))
                .hasMessageStartingWith("deputyName");
        assertThatThrownBy(() -> new Rsvp("m", "school", RsvpChoice.DEPUTY, "Dee", "not-an-email", AT))
                .hasMessageStartingWith("deputyEmail");
        assertThatThrownBy(() -> new Rsvp("m", "school", RsvpChoice.APOLOGIES, null, null, null))
                .hasMessageStartingWith("answeredAt");
        assertThat(Rsvp.noReply("m", "school").choice()).isEqualTo(RsvpChoice.NO_REPLY);
    }

    @Test
    void attendanceWithADeputyNamesTheDeputy() {
        assertThat(new Attendance("m", "s", AttendanceOutcome.PRESENT_DEPUTY, "Dee", "clerk", AT).deputyName())
                .isEqualTo("Dee");
        assertThatThrownBy(() -> new Attendance("m", "s", AttendanceOutcome.PRESENT_DEPUTY, null, "clerk", AT))
                .hasMessageStartingWith("deputyName");
        assertThatThrownBy(() -> new Attendance("m", "s", AttendanceOutcome.ABSENT, "Dee", "clerk", AT))
                .hasMessageStartingWith("deputyName");
        assertThatThrownBy(() -> new Attendance("m", "s", AttendanceOutcome.ABSENT, null, "", AT))
                .hasMessageStartingWith("recordedBy");
    }

    @Test
    void onlyAnAbsenceWithoutApologiesCountsAsMissed() {
        assertThat(AttendanceOutcome.ABSENT.missed()).isTrue();
        assertThat(AttendanceOutcome.ABSENT_WITH_APOLOGIES.missed()).isFalse();
        assertThat(AttendanceOutcome.PRESENT_DEPUTY.missed()).isFalse();
        assertThat(AttendanceOutcome.PRESENT_HEAD.missed()).isFalse();
    }
}
