package org.alliancecompact.slack.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.text.BotText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 7: "Oldham and Exceed say 'deputy use 1 of 99' (99 stands for no limit)". Oldham's profile sets
 * no limit; members read it in words, however many deputies they send.
 */
class DeputyNoLimitFlowTest {
    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = new BotHarness("oldham").start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @Test
    @DisplayName("No limit is said in words, in the answer and on the deputy form; never a number standing for it")
    void noLimitInWords() {
        LocalDate today = h.clock.instant().atZone(ZoneId.of("Europe/London")).toLocalDate();
        for (int i = 1; i <= 3; i++) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("kind", "opt:ALLIANCE_MEETING");
            v.put("title", "Partnership meeting " + i);
            v.put("date", "date:" + today.plusDays(10L * i));
            v.put("time", "time:16:00");
            v.put("place", "Oldham Civic Centre");
            assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_add", "", v)))
                    .isEmpty();
        }
        for (int i = 1; i <= 3; i++) {
            String answer = h.awaitResponse(h.command("UBETA", "rsvp " + i + " deputy Sam Stand-in"));
            assertThat(answer)
                    .contains("Sam Stand-in will attend")
                    .contains("There is no limit on deputies at alliance meetings")
                    .contains("The deputy does not vote.")
                    .doesNotContain("for you:")
                    .doesNotContainPattern("\\d+ of \\d+")
                    .doesNotContain("99");
        }
        assertThat(h.count("select count(*) from deputy_uses where member_id = 'beta-academy'"))
                .isEqualTo(3);
        String form = h.pressForModal("UALPHA", "rsvp:deputy", "1:alpha-school");
        assertThat(form)
                .contains("There is no limit on deputies")
                .doesNotContain("99")
                .doesNotContain("time(s)");
    }

    @Test
    @DisplayName("Every meetings text MeetingFlow and the rsvp command ask for is in bot/messages.properties")
    void everyMeetingsKeyIsInTheBundle() throws IOException {
        Pattern key = Pattern.compile("\"(meetings\\.[A-Za-z.]+)\"");
        for (String source : new String[] {
            "MeetingText.java",
            "MeetingList.java",
            "MeetingScheduling.java",
            "MeetingReminders.java",
            "MeetingAnswers.java",
            "DeputyAnswers.java",
            "DeputyText.java",
            "AttendanceForm.java",
            "AttendanceRecording.java",
            "MeetingMembers.java",
            "CommandRouter.java",
            "BotApp.java"
        }) {
            String code = Files.readString(Path.of("src/main/java/org/alliancecompact/slack/flows", source));
            Matcher m = key.matcher(code);
            while (m.find()) {
                String k = m.group(1);
                if (k.endsWith(".")) {
                    continue; // a prefix completed at run time (who.state.<state>), checked below
                }
                assertThat(BotText.has(k)).as(source + " uses " + k).isTrue();
            }
        }
        for (org.alliancecompact.model.member.MembershipState state :
                org.alliancecompact.model.member.MembershipState.values()) {
            assertThat(BotText.has("who.state." + state.name()))
                    .as(state.name())
                    .isTrue();
        }
    }
}
