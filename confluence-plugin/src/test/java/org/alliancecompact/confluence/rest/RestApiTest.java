package org.alliancecompact.confluence.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.preview.PreviewHttp;
import org.alliancecompact.confluence.preview.PreviewHttp.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST API over real HTTP on loopback (the preview server, Oldham profile: minute references and the
 * data-sharing rule apply), checking permissions, XSRF and the JSON errors of every resource.
 */
class RestApiTest {

    private static final String API = "/rest/compact/1.0";
    private static final String BOT = "compact-bot-local-token";

    private PreviewHttp http;

    @BeforeEach
    void start() throws Exception {
        http = new PreviewHttp("oldham");
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void everyOperationRefusesACallerWithoutCredentials() {
        for (String op : OpenApiContractTest.operationsInCode()) {
            String[] parts = op.split(" ", 2);
            String path = API
                    + parts[1].replace("{id}", "edition-1")
                            .replace("{memberId}", "smithills")
                            .replace("{requestId}", "req-1")
                            .replace("{paymentId}", "1");
            Reply r = http.send(parts[0].toUpperCase(), path, null, parts[0].equals("get") ? null : "{}", true);
            assertThat(r.status()).as(op).isEqualTo(401);
            assertThat(r.json().get("status").asInt()).isEqualTo(401);
            assertThat(r.json().get("message").asText()).isNotBlank();
        }
        assertThat(http.get(API + "/members", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void everyStateChangingOperationNeedsTheXsrfHeader() {
        for (String op : OpenApiContractTest.operationsInCode()) {
            if (op.startsWith("get")) {
                continue;
            }
            String[] parts = op.split(" ", 2);
            String path = API
                    + parts[1].replace("{id}", "smithills")
                            .replace("{memberId}", "smithills")
                            .replace("{requestId}", "req-1")
                            .replace("{paymentId}", "1");
            Reply r = http.send(parts[0].toUpperCase(), path, "t-coordinator", "{}", false);
            assertThat(r.status()).as(op).isEqualTo(403);
            assertThat(r.json().get("message").asText()).contains("X-Atlassian-Token");
        }
    }

    @Test
    void membersAreReadByTheAllianceAndChangedByCoordinatorsOnly() {
        assertThat(http.get(API + "/members", "t-smithills-head").json()).hasSize(7);
        assertThat(http.get(API + "/members/smithills", "t-smithills-head")
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Smithills School");
        assertThat(http.get(API + "/members/nobody", "t-smithills-head").status())
                .isEqualTo(404);
        assertThat(http.get(API + "/members", "t-stranger").status()).isEqualTo(403);

        Map<String, Object> body = Map.of(
                "id",
                "new-school",
                "name",
                "New School",
                "kind",
                "SCHOOL",
                "phase",
                "PRIMARY",
                "state",
                "FULL",
                "joinedOn",
                "2026-09-01",
                "people",
                List.of(Map.of("email", "head@new.example", "name", "Nia New", "role", "HEAD")));
        assertThat(http.send("POST", API + "/members", "t-smithills-head", body, true)
                        .status())
                .isEqualTo(403);
        assertThat(http.send("POST", API + "/members", "t-coordinator", body, true)
                        .status())
                .isEqualTo(201);
        assertThat(http.send("POST", API + "/members", "t-coordinator", body, true)
                        .status())
                .isEqualTo(409);

        Map<String, Object> bad = new java.util.HashMap<>(body);
        bad.put("id", "bad-school");
        bad.put("name", " ");
        Reply invalid = http.send("POST", API + "/members", "t-coordinator", bad, true);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("field").asText()).isEqualTo("name");

        Reply badKind =
                http.send("POST", API + "/members", "t-coordinator", "{\"id\":\"x\",\"kind\":\"CASTLE\"}", true);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("field").asText()).isEqualTo("kind");

        Map<String, Object> renamed = new java.util.HashMap<>(body);
        renamed.put("name", "Renamed School");
        assertThat(http.send("PUT", API + "/members/new-school", "t-coordinator", renamed, true)
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Renamed School");
        assertThat(http.send("PUT", API + "/members/other-id", "t-coordinator", renamed, true)
                        .json()
                        .get("field")
                        .asText())
                .isEqualTo("id");
    }

    @Test
    void signingFollowsTheSigningRulesAndASecondSignatureIsAConflict() {
        JsonNode edition = http.get(API + "/mou/current", "t-smithills-head").json();
        String id = edition.get("id").asText();
        String fingerprint = edition.get("fingerprint").asText();
        assertThat(edition.get("sections").size()).isPositive();
        assertThat(http.get(API + "/mou/editions/" + id, BOT)
                        .json()
                        .get("fingerprint")
                        .asText())
                .isEqualTo(fingerprint);
        assertThat(http.get(API + "/mou/editions/nope", BOT).status()).isEqualTo(404);

        String url = API + "/mou/editions/" + id + "/signatures";
        Reply noMinute = http.send(
                "POST",
                url,
                "t-smithills-head",
                Map.of("memberId", "smithills", "role", "HEAD", "editionFingerprint", fingerprint),
                true);
        assertThat(noMinute.status()).isEqualTo(400);
        assertThat(noMinute.json().get("field").asText()).isEqualTo("minuteReference");

        Reply noRole = http.send(
                "POST",
                url,
                "t-smithills-head",
                Map.of("memberId", "smithills", "editionFingerprint", fingerprint),
                true);
        assertThat(noRole.status()).isEqualTo(400);
        assertThat(noRole.json().get("field").asText()).isEqualTo("role");

        Reply stale = http.send(
                "POST",
                url,
                "t-smithills-head",
                Map.of(
                        "memberId",
                        "smithills",
                        "role",
                        "HEAD",
                        "editionFingerprint",
                        "0".repeat(64),
                        "minuteReference",
                        "GB 12/2026"),
                true);
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.json().get("field").asText()).isEqualTo("editionFingerprint");

        Reply notMine = http.send(
                "POST",
                url,
                "t-smithills-head",
                Map.of(
                        "memberId",
                        "smithills",
                        "role",
                        "CHAIR",
                        "editionFingerprint",
                        fingerprint,
                        "minuteReference",
                        "GB 12/2026"),
                true);
        assertThat(notMine.status()).isEqualTo(403);

        Reply stranger = http.send(
                "POST",
                url,
                "t-stranger",
                Map.of(
                        "memberId",
                        "smithills",
                        "role",
                        "HEAD",
                        "editionFingerprint",
                        fingerprint,
                        "minuteReference",
                        "GB 12/2026"),
                true);
        assertThat(stranger.status()).isEqualTo(403);

        Map<String, Object> sign = Map.of(
                "memberId",
                "smithills",
                "role",
                "HEAD",
                "editionFingerprint",
                fingerprint,
                "minuteReference",
                "GB 12/2026");
        Reply signed = http.send("POST", url, "t-smithills-head", sign, true);
        assertThat(signed.status()).isEqualTo(201);
        assertThat(signed.json().get("memberId").asText()).isEqualTo("smithills");
        assertThat(signed.json().get("minuteReference").asText()).isEqualTo("GB 12/2026");

        Reply again = http.send("POST", url, "t-smithills-head", sign, true);
        assertThat(again.status()).isEqualTo(409);
        assertThat(http.get(url, BOT).json()).hasSize(1);

        JsonNode status = http.get(API + "/mou/status/smithills", BOT).json();
        assertThat(status.get("status").asText()).isEqualTo("PARTLY_SIGNED");
        assertThat(status.get("missingRoles").toString()).contains("CHAIR");
        assertThat(http.get(API + "/mou/status", BOT)
                        .json()
                        .get("counts")
                        .get("PARTLY_SIGNED")
                        .asInt())
                .isEqualTo(1);
        assertThat(http.get(API + "/mou/status/nobody", BOT).status()).isEqualTo(404);
    }

    @Test
    void aMemberWithdrawsWithAReasonItsSignaturesStopCountingAndItMaySignAgain() throws Exception {
        // a clock that moves on a second at every reading, so signing again comes after the withdrawal
        http.close();
        http = new PreviewHttp("oldham", new TickingClock(Fixtures.NOW, new AtomicLong()));
        JsonNode edition = http.get(API + "/mou/current", "t-smithills-head").json();
        String url = API + "/mou/editions/" + edition.get("id").asText() + "/signatures";
        Map<String, Object> sign = Map.of(
                "memberId",
                "smithills",
                "role",
                "HEAD",
                "editionFingerprint",
                edition.get("fingerprint").asText(),
                "minuteReference",
                "GB 1");
        String withdrawals = API + "/mou/withdrawals";

        Reply nothingYet = http.send(
                "POST", withdrawals, "t-smithills-head", Map.of("memberId", "smithills", "reason", "Leaving"), true);
        assertThat(nothingYet.status()).isEqualTo(409);
        assertThat(nothingYet.json().get("message").asText()).contains("no signature");

        assertThat(http.send("POST", url, "t-smithills-head", sign, true).status())
                .isEqualTo(201);

        Reply noReason = http.send("POST", withdrawals, "t-smithills-head", Map.of("memberId", "smithills"), true);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
        Reply noMember = http.send("POST", withdrawals, "t-coordinator", Map.of("reason", "x"), true);
        assertThat(noMember.status()).isEqualTo(400);
        assertThat(noMember.json().get("field").asText()).isEqualTo("memberId");
        Reply unknown =
                http.send("POST", withdrawals, "t-coordinator", Map.of("memberId", "nobody", "reason", "x"), true);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asText()).isEqualTo("memberId");
        Reply otherSchool = http.send(
                "POST", withdrawals, "t-ladybridge-head", Map.of("memberId", "smithills", "reason", "x"), true);
        assertThat(otherSchool.status()).isEqualTo(403);
        assertThat(http.get(withdrawals, "t-smithills-head").status()).isEqualTo(403);

        Reply withdrawn = http.send(
                "POST",
                withdrawals,
                "t-smithills-chair",
                Map.of("memberId", "smithills", "reason", "Joining another partnership"),
                true);
        assertThat(withdrawn.status()).isEqualTo(201);
        assertThat(withdrawn.json().get("recordedBy").asText()).isEqualTo("chair@smithills.example");
        assertThat(withdrawn.json().get("reason").asText()).isEqualTo("Joining another partnership");
        assertThat(http.get(API + "/mou/status/smithills", BOT)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("WITHDRAWN");
        assertThat(http.get(withdrawals, "t-coordinator").json())
                .extracting(w -> w.get("memberId").asText())
                .containsExactly("smithills");
        Reply twice = http.send(
                "POST", withdrawals, "t-coordinator", Map.of("memberId", "smithills", "reason", "again"), true);
        assertThat(twice.status()).isEqualTo(409);

        // signing again after a withdrawal counts as normal
        assertThat(http.send("POST", url, "t-smithills-head", sign, true).status())
                .isEqualTo(201);
        assertThat(http.get(API + "/mou/status/smithills", BOT)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("PARTLY_SIGNED");
    }

    @Test
    void theRegisterFollowsTheDataSharingRuleForEveryReadPath() {
        // Nobody has signed: each member sees only its own row, but headline counts cover all six rows.
        JsonNode page = http.get(API + "/register", "t-ladybridge-head").json();
        assertThat(memberIds(page.get("rows"))).containsExactly("ladybridge");
        long total = 0;
        for (JsonNode count : page.get("headlineCounts")) {
            total += count.asLong();
        }
        assertThat(total).isEqualTo(6);
        assertThat(http.get(API + "/register/smithills/history", "t-ladybridge-head")
                        .status())
                .isEqualTo(403);
        Reply csv = http.get(API + "/register.csv", "t-ladybridge-head");
        assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("\uFEFF")
                .contains("Ladybridge High School")
                .doesNotContain("Smithills")
                .doesNotContain("Bolton Sixth Form College");

        // The bot reads with the person's eyes, never its own.
        assertThat(memberIds(http.get(API + "/register?viewer=head@ladybridge.example", BOT)
                        .json()
                        .get("rows")))
                .containsExactly("ladybridge");
        assertThat(http.get(API + "/register?viewer=head@smithills.example", "t-ladybridge-head")
                        .status())
                .isEqualTo(403);

        // Coordinators see every row, and so does the bot reading for itself (it ranks requests by category).
        assertThat(http.get(API + "/register", "t-coordinator").json().get("rows"))
                .hasSize(6);
        assertThat(http.get(API + "/register", BOT).json().get("rows")).hasSize(6);

        // An active support assignment lets the provider see the recipient's row; ENDED takes it away.
        Map<String, Object> assignment =
                Map.of("providerMemberId", "ladybridge", "recipientMemberId", "bolton-college", "state", "ACTIVE");
        assertThat(http.send("PUT", API + "/support-assignments/req-7", "t-coordinator", assignment, true)
                        .status())
                .isEqualTo(403);
        assertThat(http.send("PUT", API + "/support-assignments/req-7", BOT, assignment, true)
                        .status())
                .isEqualTo(200);
        assertThat(memberIds(
                        http.get(API + "/register", "t-ladybridge-head").json().get("rows")))
                .containsExactlyInAnyOrder("ladybridge", "bolton-college");
        Map<String, Object> ended =
                Map.of("providerMemberId", "ladybridge", "recipientMemberId", "bolton-college", "state", "ENDED");
        assertThat(http.send("PUT", API + "/support-assignments/req-7", BOT, ended, true)
                        .status())
                .isEqualTo(200);
        assertThat(memberIds(
                        http.get(API + "/register", "t-ladybridge-head").json().get("rows")))
                .containsExactly("ladybridge");
        Reply unknown = http.send(
                "PUT",
                API + "/support-assignments/req-8",
                BOT,
                Map.of("providerMemberId", "ladybridge", "recipientMemberId", "nowhere", "state", "ACTIVE"),
                true);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asText()).isEqualTo("recipientMemberId");
    }

    @Test
    void coordinatorsChangeCategoriesWithAReasonAndEveryChangeIsKept() {
        String url = API + "/register/smithills";
        Map<String, Object> change = Map.of(
                "category",
                "TARGETED",
                "criteria",
                List.of("targeted-ofsted-ri"),
                "reason",
                "Ofsted judged RI in October.");
        assertThat(http.send("PUT", url, "t-smithills-head", change, true).status())
                .isEqualTo(403);
        Reply noReason = http.send("PUT", url, "t-coordinator", Map.of("category", "TARGETED"), true);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
        Reply wrongCriterion = http.send(
                "PUT",
                url,
                "t-coordinator",
                Map.of("category", "TARGETED", "criteria", List.of("universal-ofsted-good"), "reason", "x"),
                true);
        assertThat(wrongCriterion.status()).isEqualTo(400);
        assertThat(wrongCriterion.json().get("field").asText()).isEqualTo("criteria");

        JsonNode before = http.get(API + "/register", "t-coordinator").json();
        assertThat(rowOf(before, "smithills").get("category").asText()).isEqualTo("UNIVERSAL");

        Reply saved = http.send("PUT", url, "t-coordinator", change, true);
        assertThat(saved.status()).isEqualTo(200);
        // the coordinator's whole-register JSON is kept between reads: the change must show at once
        JsonNode after = http.get(API + "/register", "t-coordinator").json();
        assertThat(rowOf(after, "smithills").get("category").asText()).isEqualTo("TARGETED");
        assertThat(after.get("headlineCounts").get("TARGETED").asInt())
                .isEqualTo(before.get("headlineCounts").get("TARGETED").asInt() + 1);
        assertThat(saved.json().get("category").asText()).isEqualTo("TARGETED");
        assertThat(saved.json().get("setBy").asText()).isEqualTo("coordinator@alliance.example");

        JsonNode history = http.get(url + "/history", "t-smithills-head").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("category").asText()).isEqualTo("UNIVERSAL");
        assertThat(history.get(1).get("reason").asText()).isEqualTo("Ofsted judged RI in October.");
        assertThat(http.send("PUT", API + "/register/nobody", "t-coordinator", change, true)
                        .status())
                .isEqualTo(404);
    }

    /**
     * Finding #2: Bolton (and Exceed) define no criteria, so every change there has none. Active Objects
     * refused the empty criteria column ("Cannot set non-null String field CRITERIA to ''"), so every
     * change failed in Confluence while the old JDBC preview store accepted it.
     */
    @Test
    void underBoltonARegisterChangeWithNoCriteriaIsStoredAndShown() throws Exception {
        try (PreviewHttp bolton = new PreviewHttp("bolton")) {
            String url = API + "/register/smithills";
            Map<String, Object> change = Map.of(
                    "category", "INTENSIVE", "reason", "Agreed at the St Mary’s RC Primary – Ysgol Gymraeg review.");
            Reply saved = bolton.send("PUT", url, "t-coordinator", change, true);
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(saved.json().get("criteria")).isEmpty();

            JsonNode row = rowOf(bolton.get(API + "/register", "t-coordinator").json(), "smithills");
            assertThat(row.get("category").asText()).isEqualTo("INTENSIVE");
            JsonNode history = bolton.get(url + "/history", "t-coordinator").json();
            JsonNode last = history.get(history.size() - 1);
            assertThat(last.get("category").asText()).isEqualTo("INTENSIVE");
            assertThat(last.get("criteria")).isEmpty();
            assertThat(last.get("reason").asText())
                    .isEqualTo("Agreed at the St Mary’s RC Primary – Ysgol Gymraeg review.");
        }
    }

    @Test
    void theBotPushesEngagementReports() {
        Map<String, Object> report =
                Map.of("memberId", "st-peters", "level", 2, "reasons", List.of("two meetings missed"));
        assertThat(http.send("POST", API + "/engagement", "t-coordinator", report, true)
                        .status())
                .isEqualTo(403);
        Reply stored = http.send("POST", API + "/engagement", BOT, report, true);
        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.json().get("at").asText()).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(http.server.app().store.engagementReports()).hasSize(1);
        Reply bad = http.send("POST", API + "/engagement", BOT, Map.of("memberId", "st-peters", "level", 9), true);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("level");
        assertThat(http.send("POST", API + "/engagement", BOT, "{not json", true)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void unknownPathsAnswerWithAJsonError() {
        Reply r = http.get(API + "/nothing-here", BOT);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("status").asInt()).isEqualTo(404);
    }

    /** Starts at {@code start} and is one second later at every reading. */
    private static final class TickingClock extends Clock {
        private final Instant start;
        private final AtomicLong readings;
        private final ZoneId zone;

        TickingClock(Instant start, AtomicLong readings) {
            this(start, readings, ZoneOffset.UTC);
        }

        private TickingClock(Instant start, AtomicLong readings, ZoneId zone) {
            this.start = start;
            this.readings = readings;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new TickingClock(start, readings, other);
        }

        @Override
        public Instant instant() {
            return start.plusSeconds(readings.incrementAndGet());
        }
    }

    private static JsonNode rowOf(JsonNode page, String memberId) {
        for (JsonNode row : page.get("rows")) {
            if (row.get("memberId").asText().equals(memberId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + memberId + " in " + page);
    }

    private static List<String> memberIds(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("memberId").asText()));
        return ids;
    }
}
