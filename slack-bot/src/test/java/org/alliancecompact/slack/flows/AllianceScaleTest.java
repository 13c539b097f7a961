package org.alliancecompact.slack.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancecompact.model.meeting.Meeting;
import org.alliancecompact.model.meeting.MeetingKind;
import org.alliancecompact.model.meeting.Rsvp;
import org.alliancecompact.model.meeting.RsvpChoice;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.slack.slackapi.SlackLimits;
import org.alliancecompact.slack.store.EngagementStore;
import org.alliancecompact.slack.store.MeetingStore;
import org.alliancecompact.slack.store.SupportStore;
import org.alliancecompact.slack.testkit.BotHarness;
import org.alliancecompact.slack.testkit.Eventually;
import org.alliancecompact.slack.testkit.RequestSeeder;
import org.alliancecompact.slack.testkit.StrictSlack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every surface at alliance scale, checked by the strict Slack stand-in: 300 member organisations
 * with long names, 40 upcoming meetings with the longest titles allowed, 30 open support requests
 * with the longest focus allowed (10 of them Alpha School's), every organisation on the ladder. Each
 * surface must be taken by Slack (no refusal) and lose nothing: every organisation, request,
 * meeting and button is somewhere in what was sent. The sizes are printed against Slack's limits.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AllianceScaleTest {
    private static final int ORGANISATIONS = 300;
    private static final int MEETINGS = 40;
    private static final int REQUESTS = 30;
    private static final int ALPHA_REQUESTS = 10;

    private static BotHarness h;
    private static final List<String> ids = new ArrayList<>();
    private static final List<String> names = new ArrayList<>();
    private static final List<String> meetingTitles = new ArrayList<>();
    private static final List<SupportRequest> requests = new ArrayList<>();
    private static String pastMeeting;
    /** Surface name to its messages' sizes, for the closing table. */
    private static final Map<String, List<Size>> sizes = new LinkedHashMap<>();

    /** One message or view: its blocks, the characters of all its texts, its longest text, its JSON bytes. */
    record Size(int blocks, int characters, int longestText, int bytes) {}

    @BeforeAll
    static void start() {
        h = new BotHarness("bolton");
        ArrayNode members = BotHarness.JSON.createArrayNode();
        ArrayNode rows = BotHarness.JSON.createArrayNode();
        for (int i = 0; i < ORGANISATIONS; i++) {
            String id = i == 0 ? "alpha-school" : i == 1 ? "beta-academy" : String.format("org-%03d", i);
            // long names with Slack's control characters, as real ones have ("St Mary & St John ...")
            String name = i == 0
                    ? "Alpha School"
                    : i == 1
                            ? "Beta Academy"
                            : String.format(
                                    "St Mary & St John Church of England Voluntary Aided Primary School %03d", i);
            ids.add(id);
            names.add(name);
            ObjectNode m = members.addObject()
                    .put("id", id)
                    .put("name", name)
                    .put("kind", "SCHOOL")
                    .put("phase", "PRIMARY")
                    .put("state", "FULL")
                    .put("joinedOn", "2024-09-01");
            ArrayNode people = m.putArray("people");
            if (i == 0) {
                people.addObject()
                        .put("email", "head@alpha.sch.uk")
                        .put("name", "Ann Head")
                        .put("role", "HEAD");
            } else if (i == 1) {
                people.addObject()
                        .put("email", "head@beta.sch.uk")
                        .put("name", "Ben Head")
                        .put("role", "HEAD");
            } else {
                people.addObject()
                        .put("email", "head" + i + "@school" + i + ".sch.uk")
                        .put("name", "Head " + i)
                        .put("role", "HEAD");
            }
            ObjectNode row = rows.addObject()
                    .put("memberId", id)
                    .put("memberName", name)
                    .put(
                            "category",
                            List.of("INTENSIVE", "TARGETED", "UNIVERSAL").get(i % 3))
                    .put("setBy", "coord@alliance.org")
                    .put("setAt", "2026-09-10T09:00:00Z")
                    .put("reason", "Ofsted")
                    .put("nextReview", "2027-09-10")
                    .put("reviewOverdue", false);
            row.putArray("criteria");
        }
        ObjectNode register = BotHarness.JSON.createObjectNode();
        register.set("rows", rows);
        register.putObject("headlineCounts")
                .put("INTENSIVE", 100)
                .put("TARGETED", 100)
                .put("UNIVERSAL", 100);
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/members")).willReturn(okJson(members.toString())));
        h.plugin.stubFor(get(urlPathEqualTo("/rest/compact/1.0/register")).willReturn(okJson(register.toString())));
        h.start();

        Instant now = h.clock.instant();
        var jdbi = h.bot.database().jdbi();
        MeetingStore meetings = new MeetingStore(jdbi);
        pastMeeting = meetings.insert(
                        new Meeting(
                                "new",
                                MeetingKind.ALLIANCE_MEETING,
                                "Autumn alliance meeting",
                                now.minus(Duration.ofHours(2)),
                                "Town Hall",
                                null,
                                false),
                        "UCOORD",
                        now)
                .id();
        Meeting past = meetings.find(pastMeeting).orElseThrow();
        Instant answered = now.minus(Duration.ofDays(3));
        meetings.answer(new Rsvp(pastMeeting, ids.get(10), RsvpChoice.ATTENDING, null, null, answered), "U10", past);
        meetings.answer(new Rsvp(pastMeeting, ids.get(11), RsvpChoice.APOLOGIES, null, null, answered), "U11", past);
        meetings.answer(
                new Rsvp(pastMeeting, ids.get(12), RsvpChoice.DEPUTY, "Pat Deputy", null, answered), "U12", past);
        for (int i = 0; i < MEETINGS; i++) {
            String title = ("Alliance meeting " + i + " on Maths & English moderation <Y6> and the SEND review, "
                            + "with the local authority's school improvement partners and the trust's leads ")
                    .repeat(3)
                    .substring(0, Meeting.MAX_TITLE_LENGTH);
            meetingTitles.add(title);
            meetings.insert(
                    new Meeting(
                            "new",
                            MeetingKind.ALLIANCE_MEETING,
                            title,
                            now.plus(Duration.ofDays(3 + i)),
                            "The Alliance Centre, Room " + i,
                            "https://meet.example.org/alliance-" + i,
                            false),
                    "UCOORD",
                    now);
        }
        RequestSeeder seeder = new RequestSeeder(new SupportStore(jdbi), now);
        List<RequestStatus> open = List.of(
                RequestStatus.SUBMITTED, RequestStatus.CLAIMED, RequestStatus.ASSIGNED, RequestStatus.IN_PROGRESS);
        for (int i = 0; i < REQUESTS; i++) {
            String member = i < ALPHA_REQUESTS ? "alpha-school" : ids.get(2 + i);
            String focus = ("Request " + i + ": Maths & English moderation for <Y6> teachers, phonics in key stage 1, "
                            + "and the governors' review of the school development plan. ")
                    .repeat(8)
                    .substring(0, SupportRequest.MAX_FOCUS_LENGTH);
            requests.add(seeder.seed(member, open.get(i % open.size()), focus, "beta-academy"));
        }
        putEveryOrganisationOnTheLadder();
    }

    /** Every organisation at level 1 to 3 with two reasons, as of the harness clock's now. */
    private static void putEveryOrganisationOnTheLadder() {
        Instant now = h.clock.instant();
        h.bot.database().jdbi().useTransaction(t -> {
            for (int i = 0; i < ORGANISATIONS; i++) {
                EngagementStore.saveLevel(
                        t,
                        ids.get(i),
                        1 + i % 3,
                        List.of("Missed 2 of the last 3 alliance meetings.", "Self-review overdue by 21 days."),
                        now);
            }
        });
    }

    /** Refusals before the test began: each test answers for its own. */
    private static int refusedBefore;

    @BeforeEach
    void countRefusals() {
        refusedBefore = h.slack.refusals().size();
    }

    @AfterAll
    static void stop() {
        System.out.println();
        System.out.println("Surfaces at " + ORGANISATIONS + " organisations, " + MEETINGS + " meetings, " + REQUESTS
                + " open requests (Slack's limits: " + SlackLimits.MESSAGE_BLOCKS + " blocks a message, "
                + SlackLimits.VIEW_BLOCKS + " a modal or Home tab, " + SlackLimits.SECTION_TEXT
                + " characters a section, " + SlackLimits.MESSAGE_TEXT + " a message's text):");
        sizes.forEach((surface, messages) -> System.out.printf(
                "  %-38s %d message(s); largest: %3d blocks, %6d characters, %6d JSON bytes; longest text %4d;"
                        + " in all %3d blocks, %6d characters%n",
                surface,
                messages.size(),
                messages.stream().mapToInt(Size::blocks).max().orElse(0),
                messages.stream().mapToInt(Size::characters).max().orElse(0),
                messages.stream().mapToInt(Size::bytes).max().orElse(0),
                messages.stream().mapToInt(Size::longestText).max().orElse(0),
                messages.stream().mapToInt(Size::blocks).sum(),
                messages.stream().mapToInt(Size::characters).sum()));
        sizes.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(size -> Map.entry(e.getKey(), size)))
                .max(java.util.Comparator.comparingInt(e -> e.getValue().bytes()))
                .ifPresent(e -> System.out.printf(
                        "  largest surface: %s, %d blocks, %d characters, %d JSON bytes%n",
                        e.getKey(),
                        e.getValue().blocks(),
                        e.getValue().characters(),
                        e.getValue().bytes()));
        h.close();
    }

    // ---- the surfaces -------------------------------------------------------------------------

    @Test
    @Order(1)
    void the_coordinators_queue_and_days_ledger_list_every_request_and_organisation() {
        List<JsonNode> pages = answer("UCOORD", "requests", Ui.esc(names.get(ORGANISATIONS - 1)));
        String all = measure("queue and ledger (/alliance requests)", blocksOf(pages));
        for (SupportRequest r : requests) {
            assertThat(all).contains("#" + r.id() + " ").contains(Ui.esc(r.focus()));
        }
        for (String name : names) {
            assertThat(all).contains("• " + Ui.esc(name) + ": committed 9 days, given 0 days, outstanding 9 days");
        }
    }

    @Test
    @Order(2)
    void the_meetings_list_has_every_meeting_with_its_buttons_for_a_head_and_a_coordinator() {
        for (String user : List.of("UALPHA", "UCOORD")) {
            List<JsonNode> pages = answer(user, "meetings", Ui.esc(meetingTitles.get(MEETINGS - 1)));
            String all = measure("meetings (/alliance meetings, " + user + ")", blocksOf(pages));
            for (String title : meetingTitles) {
                assertThat(all).contains("*" + Ui.esc(title) + "*");
            }
            String buttons = blocksOf(pages).toString();
            int perMeeting = user.equals("UALPHA") ? 3 : 1; // attend, deputy, apologies | who is coming
            assertThat(count(buttons, "\"type\":\"button\"")).isGreaterThanOrEqualTo(MEETINGS * perMeeting);
        }
    }

    @Test
    @Order(3)
    void the_home_tab_of_a_head_with_ten_open_requests_is_published_with_all_of_them() {
        int before = h.slack.accepted("views.publish").size();
        h.homeOpened("UALPHA", "Ev-scale-1", Map.of());
        Eventually.await(
                "the Home tab published",
                () -> h.slack.accepted("views.publish").size() > before
                        || h.slack.refusals().size() > refusedBefore);
        assertNoRefusals();
        JsonNode view = json(h.slack
                .accepted("views.publish")
                .get(h.slack.accepted("views.publish").size() - 1)
                .get("view"));
        String all = measure("Home tab (head, 10 open requests)", List.of(view.path("blocks")));
        requests.stream()
                .filter(r -> r.requesterMemberId().equals("alpha-school"))
                .forEach(r -> assertThat(all).contains("#" + r.id() + " " + Ui.esc(r.focus())));
    }

    @Test
    @Order(4)
    void attendance_for_300_organisations_is_taken_by_exception_and_every_organisation_is_recorded() {
        // the modal opens at once ("one moment", views.open) and the form follows by views.update
        int opened = h.slack.accepted("views.open").size();
        int filled = h.slack.accepted("views.update").size();
        h.press("UCOORD", "meeting:attendance", pastMeeting);
        Eventually.await(
                "the attendance form",
                () -> h.slack.accepted("views.update").size() > filled
                        || h.slack.refusals().size() > refusedBefore);
        assertNoRefusals();
        assertThat(h.slack.accepted("views.open")).hasSize(opened + 1);
        JsonNode view = json(h.slack.accepted("views.update").get(filled).get("view"));
        String all = measure("attendance form (modal)", List.of(view.path("blocks")));
        for (String name : names) {
            assertThat(all).contains(Ui.esc(name));
        }
        String metadata = view.path("private_metadata").asText();

        // three came whose heads had not answered, one sent a deputy not named before, and one that
        // said it would attend did not come
        Map<String, String> values = new LinkedHashMap<>();
        values.put("exc:PRESENT_HEAD", "check:" + ids.get(5) + "," + ids.get(6) + "," + ids.get(7));
        values.put("exc:PRESENT_DEPUTY", "check:" + ids.get(8));
        values.put("exc:ABSENT_WITH_APOLOGIES", "check:");
        values.put("exc:ABSENT", "check:" + ids.get(10));
        values.put("deputies", null);
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_attendance", metadata, values)))
                .containsKey("deputies");
        assertThat(h.count("select count(*) from attendance")).isZero();

        // a deputy named for an organisation chosen as present by its head is refused, not dropped
        values.put("deputies", names.get(8) + ": Dan Deputy\n" + names.get(5) + ": Hal Head");
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_attendance", metadata, values))
                        .get("deputies"))
                .contains(names.get(5) + " is not marked \u2018Present (deputy)\u2019")
                .contains("no deputy's name");
        assertThat(h.count("select count(*) from attendance")).isZero();

        values.put("deputies", names.get(8) + ": Dan Deputy");
        assertThat(BotHarness.errors(h.submit("UCOORD", "meeting_attendance", metadata, values)))
                .isEmpty();
        assertThat(h.count("select count(*) from attendance where meeting_id = " + pastMeeting))
                .isEqualTo(ORGANISATIONS);
        assertThat(h.count("select count(*) from attendance where outcome = 'PRESENT_HEAD'"))
                .isEqualTo(3);
        assertThat(h.count("select count(*) from attendance where outcome = 'PRESENT_DEPUTY'"
                        + " and deputy_name in ('Dan Deputy', 'Pat Deputy')"))
                .isEqualTo(2);
        assertThat(h.count("select count(*) from attendance where outcome = 'ABSENT_WITH_APOLOGIES'"))
                .isEqualTo(1);
        assertThat(h.count("select count(*) from attendance where outcome = 'ABSENT'"))
                .isEqualTo(ORGANISATIONS - 6);
    }

    @Test
    @Order(5)
    void who_is_coming_and_the_engagement_list_name_every_organisation() {
        // The attendance taken above moved the ladder for every organisation it touched, from their signals
        // (issue 18: at once, after the acknowledgement); once that is done, put them all back on it.
        Eventually.await("the attendance's follow-up done", () -> h.bot.idle());
        putEveryOrganisationOnTheLadder();
        List<JsonNode> who = pressAndAnswer("UCOORD", "meeting:who", pastMeeting, Ui.esc(names.get(ORGANISATIONS - 1)));
        String whoText = measure("who is coming (button)", blocksOf(who));
        for (String name : names) {
            assertThat(whoText).contains(Ui.esc(name));
        }
        List<JsonNode> engagement = answer("UCOORD", "engagement", Ui.esc(names.get(ORGANISATIONS - 1)));
        String engagementText = measure("engagement (/alliance engagement)", blocksOf(engagement));
        for (String name : names) {
            assertThat(engagementText).contains("*" + Ui.esc(name) + "*: level");
        }
    }

    @Test
    @Order(6)
    void the_weekly_digest_names_every_organisation_on_the_ladder() {
        int before = h.slack.accepted("chat.postMessage").size();
        h.bot.flows().sendWeeklyDigest();
        assertNoRefusals();
        List<JsonNode> pages = h
                .slack
                .accepted("chat.postMessage")
                .subList(before, h.slack.accepted("chat.postMessage").size())
                .stream()
                .filter(f -> "UCOORD".equals(f.get("channel")))
                .map(f -> json(f.get("blocks")))
                .toList();
        assertThat(pages).isNotEmpty();
        String all = measure("weekly digest (DM)", pages);
        for (String name : names) {
            assertThat(all).contains("• " + Ui.esc(name) + ": level");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Runs {@code /alliance <command>} and waits until the answer's last page (containing {@code last}). */
    private static List<JsonNode> answer(String user, String command, String last) {
        String url = h.command(user, command);
        return awaitAll(url, last);
    }

    private static List<JsonNode> pressAndAnswer(String user, String action, String value, String last) {
        return awaitAll(h.press(user, action, value), last);
    }

    private static List<JsonNode> awaitAll(String url, String last) {
        Eventually.await(
                "the whole answer at " + url,
                () -> h.slack.refusals().size() > refusedBefore
                        || h.responses(url).stream().anyMatch(r -> r.toString().contains(last)));
        assertNoRefusals();
        return h.responses(url);
    }

    private static void assertNoRefusals() {
        List<StrictSlack.Call> refusals = h.slack.refusals();
        assertThat(refusals.subList(refusedBefore, refusals.size()))
                .as("Slack refused")
                .isEmpty();
    }

    private static List<JsonNode> blocksOf(List<JsonNode> messages) {
        return messages.stream().map(m -> m.path("blocks")).toList();
    }

    /** Records each message's size under {@code surface}; returns all the text in them. */
    private static String measure(String surface, List<JsonNode> messages) {
        StringBuilder all = new StringBuilder();
        List<Size> list = sizes.computeIfAbsent(surface, k -> new ArrayList<>());
        for (JsonNode blocks : messages) {
            List<String> texts = new ArrayList<>();
            collectTexts(blocks, texts);
            list.add(new Size(
                    blocks.size(),
                    texts.stream().mapToInt(String::length).sum(),
                    texts.stream().mapToInt(String::length).max().orElse(0),
                    blocks.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
            texts.forEach(t -> all.append(t).append('\n'));
        }
        return all.toString();
    }

    private static void collectTexts(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("text") && e.getValue().isTextual()) {
                    into.add(e.getValue().asText());
                } else {
                    collectTexts(e.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectTexts(n, into));
        }
    }

    private static JsonNode json(String s) {
        try {
            return BotHarness.JSON.readTree(s);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(String s, String of) {
        int n = 0;
        for (int i = s.indexOf(of); i >= 0; i = s.indexOf(of, i + 1)) {
            n++;
        }
        return n;
    }
}
