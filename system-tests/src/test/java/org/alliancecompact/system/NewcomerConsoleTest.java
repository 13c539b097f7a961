package org.alliancecompact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * <p>Then, as the issue asks, the second deputy is refused up front (the button answers, no form opens) and
 * the coordinators hear once; a request is moved from {@code /alliance requests} (its buttons, and one typed
 * command) to completion with the days given; the requester is told every move with its reason and the
 * provider's name; and the ledger shows the days given and outstanding.
 */
class NewcomerConsoleTest {
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
                    .contains("Ladybridge High School's answer: attending");

            // 4. send a deputy twice (Bolton 32: once per academic year at BLA meetings)
            console.type("as head@smithills.example");
            assertThat(console.type(Integer.toString(console.button("[DM to Dana Whitworth]", "Send a deputy"))))
                    .contains("Deputy's name");
            console.type("Sam Deputy");
            assertThat(console.type("sam.deputy@smithills.example")).contains("Sent.");
            // the second, for the demo's BLA meeting next week, is refused up front: the button answers with the
            // reason and whom to ask, and no form opens; pressing it again, the coordinators still hear once
            for (int press = 0; press < 2; press++) {
                String second = console.type(Integer.toString(
                        button(console.type("/alliance meetings"), "Send a deputy"))); // the demo's, next week
                assertThat(second)
                        .contains("No deputy this time")
                        .containsIgnoringCase("once per academic year")
                        .contains("ask a coordinator: Helen Crompton (coordinator@alliance.example) or Stuart Grundy"
                                + " (coordinator2@alliance.example)")
                        .doesNotContain("Deputy's name")
                        .doesNotContain("Sent.");
            }

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
            assertThat(console.type("3")) // the next field: marked optional once, in the name people read
                    .contains("Preferred provider (optional)")
                    .doesNotContain("(optional) (optional)");
            String filed = console.type(""); // no preferred provider
            assertThat(filed)
                    .contains("Sent.")
                    .contains("Support request #5 from St Peter's Church of England High School")
                    .contains("[DM to you]");

            // 7. move it from the queue to completion, with the days given: /alliance requests carries the channel
            // post's buttons; one move is typed as a command, as people who type do
            console.type("as coordinator@alliance.example");
            assertThat(console.type(Integer.toString(queueButton(console.type("/alliance requests"), "Claim"))))
                    .doesNotContain("! ");
            String broker = console.type(Integer.toString(queueButton(console.type("/alliance requests"), "Broker")));
            assertThat(broker).contains("== Broker request ==");
            assertThat(console.type("Ladybridge's maths lead will visit")).contains("Sent.");
            String assign =
                    console.type(Integer.toString(queueButton(console.type("/alliance requests"), "Assign provider")));
            assertThat(assign).contains("== Assign a provider ==");
            String assigned = console.type(Integer.toString(option(assign, "Ladybridge High School")));
            assertThat(assigned).contains("Sent.");
            assertThat(console.type("/alliance start 5")).contains("Request #5 is now in progress.");
            String complete =
                    console.type(Integer.toString(queueButton(console.type("/alliance requests"), "Complete")));
            assertThat(complete)
                    .contains("== Complete request ==")
                    .contains("Days actually given (3 days asked; 0 to 50 days, in half days)");
            assertThat(console.type("2.5")).contains("Sent.");

            // the requester heard every move, with its reason and the provider's name
            String requesterSaw = console.screen().substring(console.screen().indexOf("Support request #5 from"));
            String told = "[DM to Grace Okafor]\n  Your support request #5 (Maths mastery in Year 7) ";
            assertThat(requesterSaw)
                    .contains(told + "has been taken on by Helen Crompton, a coordinator.")
                    .contains(told + "is being brokered by Helen Crompton: Ladybridge's maths lead will visit")
                    .contains(told + "is assigned to Ladybridge High School, who will be in touch.")
                    .contains(told + "is under way with Ladybridge High School.")
                    .contains(told + "is complete: Ladybridge High School gave 2.5 days.");
            // the ledger counts the days given and shows what is outstanding
            String ledger = console.type("/alliance requests");
            assertThat(ledger).doesNotContain("#5 ").contains("Days given, ");
            assertThat(ledgerLine(ledger, "Ladybridge High School"))
                    .isEqualTo("\u2022 Ladybridge High School: committed 9 days, given 2.5 days, outstanding 6.5 days;"
                            + " received 0 days");
            assertThat(ledgerLine(ledger, "St Peter's Church of England High School"))
                    .endsWith("received 2.5 days");
            // the coordinators heard of the refused deputy once, however often it was asked for
            assertThat(count(console.screen(), "[DM to Helen Crompton]\n  Deputy refused: Smithills School"))
                    .isEqualTo(1);
            // the console stays quiet: no log line in the conversation
            assertThat(console.screen())
                    .doesNotContain(" INFO ")
                    .doesNotContain(" WARN ")
                    .doesNotContain("started (HTTP mode");
            // and its words are right everywhere it went (issue 17 point 6)
            assertThat(console.screen())
                    .doesNotContainPattern("(?<![\\d.])1 days")
                    .doesNotContain(".).")
                    .doesNotContain("time(s)");
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

    /** The number of the button {@code label} under request #5 in a {@code /alliance requests} answer. */
    private static int queueButton(String queue, String label) {
        int at = queue.indexOf("#5 St Peter's");
        if (at < 0) {
            throw new AssertionError("request #5 is not in the queue:\n" + queue);
        }
        int end = queue.indexOf("\u2022 #", at + 1);
        return button(queue.substring(at, end < 0 ? queue.length() : end), label);
    }

    /** The number of a form's choice naming {@code name}, as the console lists them ("3. Ladybridge High School"). */
    private static int option(String form, String name) {
        Matcher m = Pattern.compile("(\\d+)\\. " + Pattern.quote(name) + "\\b").matcher(form);
        if (!m.find()) {
            throw new AssertionError("no choice '" + name + "' in:\n" + form);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The ledger's line for one organisation. */
    private static String ledgerLine(String text, String organisation) {
        Matcher m = Pattern.compile("\u2022 " + Pattern.quote(organisation) + ": [^\n]*")
                .matcher(text);
        if (!m.find()) {
            throw new AssertionError("no ledger line for " + organisation + " in:\n" + text);
        }
        return m.group();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
