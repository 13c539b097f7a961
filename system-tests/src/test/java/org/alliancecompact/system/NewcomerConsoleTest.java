package org.alliancecompact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecompact.confluence.preview.PreviewConfig;
import org.alliancecompact.confluence.preview.PreviewServer;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.slack.BotMain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, done when: "A test drives the console exactly as a newcomer would on the defaults (no variables
 * set)": the preview and the bot as {@code bash scripts/run.sh} starts them with nothing set (Bolton, the
 * demo, no Slack credential), and a person at the terminal choosing who they are by number or email,
 * typing commands, pressing buttons by number and filling forms line by line.
 *
 * <p>Steps that other work in progress will change are marked TODO below: the refusal of a second deputy up
 * front (branch meetings), and the queue's own buttons and commands, the days given on completion, the
 * requester hearing each move with its reason and the ledger's outstanding days (branch queue). Until then
 * the test takes the path the product offers today and asserts what it shows.
 */
class NewcomerConsoleTest {
    private static final List<String> MOVES =
            List.of("Claim", "Broker", "Assign provider", "Mark in progress", "Complete");

    @Test
    @DisplayName(
            "a newcomer on the defaults: coordinator, meeting, RSVP, deputy twice, attendance, a 3-day request to completion")
    void a_newcomer_on_the_defaults_walks_through_every_flow(@TempDir Path data) throws Exception {
        AllianceProfile profile = BotMain.loadProfile("bolton"); // run.sh's default
        try (PreviewServer preview =
                        PreviewServer.start(PreviewConfig.forDemo("bolton", "newcomer"), Clock.systemUTC());
                ConsoleDriver console =
                        new ConsoleDriver(SeedAlliancesStartTest.runShSettings(preview, data, "bolton"), profile)) {
            // 1. choose the coordinator: the first person listed, by number
            assertThat(console.started())
                    .contains("1. Helen Crompton <coordinator@alliance.example> — coordinator")
                    .contains("Demo data: Alliance meeting: this term's priorities started at");
            assertThat(console.type("1")).contains("You are now Helen Crompton <coordinator@alliance.example>.");

            // 2. create a meeting from /alliance meetings
            String meetings = console.type("/alliance meetings");
            String form = console.type(Integer.toString(button(meetings, "Add a meeting")));
            assertThat(form).contains("== Add a meeting ==");
            console.type("1"); // kind: alliance meeting (BLA meeting)
            console.type("Spring planning");
            console.type(LocalDate.now(ZoneId.of("Europe/London")).plusDays(14).toString());
            console.type("16:00");
            console.type("Ladybridge High School");
            console.type(""); // no online link
            String sent = console.type(""); // not confidential
            assertThat(sent).contains("Sent.").contains("[DM to Priya Shah]").contains("Spring planning");

            // 3. RSVP as a head, from the invitation's button
            console.type("as head@ladybridge.example");
            console.type(Integer.toString(console.button("[DM to Priya Shah]", "Attend")));
            assertThat(console.type("/alliance meetings"))
                    .contains("Spring planning")
                    .contains("Your organisation's answer: attending");

            // 4. send a deputy twice (Bolton 32: once per academic year at BLA meetings)
            console.type("as head@smithills.example");
            assertThat(console.type(Integer.toString(console.button("[DM to Dana Whitworth]", "Send a deputy"))))
                    .contains("Deputy's name");
            console.type("Sam Deputy");
            assertThat(console.type("sam.deputy@smithills.example")).contains("Sent.");
            // TODO(branch meetings): the second deputy is refused up front: the "Send a deputy" button for the
            //  next BLA meeting says the allowance is used and whom to ask, no form opens, and the coordinators
            //  hear once. Until then the form opens and the refusal comes on sending it.
            String second = console.type(Integer.toString(
                    button(console.type("/alliance meetings"), "Send a deputy"))); // the demo's, next week
            StringBuilder refusal = new StringBuilder(second);
            if (second.contains("Deputy's name")) {
                console.type("Sam Deputy");
                String answer = console.type("sam.deputy@smithills.example");
                refusal.append(answer);
                if (answer.contains("! ")) {
                    refusal.append(console.type("cancel"));
                }
            }
            assertThat(refusal.toString())
                    .containsIgnoringCase("per academic year")
                    .doesNotContain("Sent.");

            // 5. take attendance at the demo meeting that has already started
            console.type("as coordinator@alliance.example");
            String past = console.type("/alliance meetings");
            assertThat(past).contains("Past: ").contains("this term's priorities");
            String attendance = console.type(Integer.toString(button(past, "Take attendance")));
            assertThat(attendance).contains("== Take attendance ==");
            StringBuilder filled = new StringBuilder(attendance);
            for (int i = 0;
                    i < 60
                            && !filled.toString().contains("Sent.")
                            && !filled.toString().contains("! ");
                    i++) {
                String last = filled.substring(Math.max(0, filled.length() - 40));
                filled.append(
                        console.type(last.endsWith("number: ") ? "1" : "")); // each organisation: the first choice
            }
            assertThat(filled.toString()).contains("Sent.").doesNotContain("! ");

            // 6. file a 3-day request as a head
            console.type("as head@stpeters.example");
            assertThat(console.type("/alliance support")).contains("== Request support ==");
            console.type("Maths mastery in Year 7");
            console.type("3");
            String filed = console.type(""); // no preferred provider
            assertThat(filed)
                    .contains("Sent.")
                    .contains("Support request #5 from St Peter's Church of England High School")
                    .contains("[DM to you]");

            // 7. move it to completion
            // TODO(branch queue): from the queue: /alliance requests (and the Home tab's queue) carry the same
            //  buttons as the channel post, and /alliance claim|broker|assign|start|complete 5 mirror them;
            //  completing asks the days actually given (3), the requester hears every move with its reason and
            //  the provider's name, and the ledger shows committed, given and outstanding days. Until then the
            //  moves are the channel post's buttons.
            console.type("as coordinator@alliance.example");
            for (int step = 0; step < 8 && !postStatus(console.screen()).equals("completed"); step++) {
                String post = latestPost(console.screen());
                String move = MOVES.stream()
                        .filter(m -> post.contains("] " + m + "\n"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no move on the post:\n" + post));
                String answer = console.type(Integer.toString(button(post, move)));
                if (answer.contains("== Assign")) {
                    answer = console.type("1"); // the first provider offered
                }
                assertThat(answer).doesNotContain("Slack refused");
            }
            assertThat(postStatus(console.screen())).isEqualTo("completed");
            String requesterSaw = console.screen().substring(console.screen().indexOf("Support request #5 from"));
            assertThat(requesterSaw)
                    .contains("[DM to Grace Okafor]")
                    .contains("Your support request #5 (Maths mastery in Year 7) is now claimed.")
                    .contains("Your support request #5 (Maths mastery in Year 7) is now completed.");
            // the console stays quiet: no log line in the conversation
            assertThat(console.screen())
                    .doesNotContain(" INFO ")
                    .doesNotContain(" WARN ")
                    .doesNotContain("started (HTTP mode");
        }
    }

    /** The number of the first button labelled {@code label} in {@code text}. */
    private static int button(String text, String label) {
        Matcher m =
                Pattern.compile("\\[(\\d+)\\] " + Pattern.quote(label) + "\\n").matcher(text);
        if (!m.find()) {
            throw new AssertionError("no button '" + label + "' in:\n" + text);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The last version of request #5's post in the channel, up to its buttons. */
    private static String latestPost(String screen) {
        int at = screen.lastIndexOf("Support request #5 from");
        int end = screen.indexOf("\n\n", at);
        return screen.substring(at, end < 0 ? screen.length() : end + 1);
    }

    private static String postStatus(String screen) {
        Matcher m = Pattern.compile("Status: ([a-z ]+)").matcher(latestPost(screen));
        return m.find() ? m.group(1).strip() : "";
    }
}
