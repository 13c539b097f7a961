package org.alliancecompact.confluence.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.preview.PreviewConfig;
import org.alliancecompact.confluence.preview.PreviewHttp;
import org.alliancecompact.confluence.preview.PreviewHttp.Reply;
import org.alliancecompact.confluence.preview.PreviewUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: every REST operation × every persona, from one table: the status each persona gets and, for
 * reads, what the body must not show them. The table must name every operation the resources implement
 * (and {@code OpenApiContractTest} ties those to {@code openapi.yaml}), so a new endpoint without a row fails.
 *
 * <p>Oldham profile (the data-sharing rule applies, signatures need a minute reference). Personas:
 * anonymous; a non-member; the head of an unsigned school (Ladybridge); the head and the chair of a signed
 * school (Smithills, both signed); a person heading two schools (Ashgrove and Zetland); the head of a
 * former member (left); a provider during support of Ladybridge (St Peter's) and after it ended (Harwood
 * Meadows); a coordinator; the integration account. Writes send a body that fails validation, so a
 * persona allowed through answers 400 and nothing changes between rows.
 */
class PermissionMatrixTest {

    private static final String API = "/rest/compact/1.0";

    enum Persona {
        ANONYMOUS(null),
        NON_MEMBER("t-stranger"),
        UNSIGNED_HEAD("t-ladybridge-head"),
        SIGNED_HEAD("t-smithills-head"),
        CHAIR("t-smithills-chair"),
        HEAD_OF_TWO("t-exec"),
        FORMER_MEMBER("t-gone"),
        PROVIDER_DURING("t-stpeters-head"),
        PROVIDER_AFTER("t-harwood-head"),
        COORDINATOR("t-coordinator"),
        INTEGRATION("compact-bot-local-token");

        final String token;

        Persona(String token) {
            this.token = token;
        }
    }

    /** One operation: the request sent, the status per persona, and checks of the body per persona. */
    record Row(
            String operation,
            String method,
            String path,
            Object body,
            Map<Persona, Integer> status,
            Map<Persona, Consumer<Reply>> bodyChecks) {}

    private static PreviewHttp http;
    private static final List<Row> TABLE = new ArrayList<>();

    private static Map<Persona, Integer> statuses(
            int members, int formerMember, int nonMember, int coordinator, int integration) {
        Map<Persona, Integer> m = new LinkedHashMap<>();
        m.put(Persona.ANONYMOUS, 401);
        m.put(Persona.NON_MEMBER, nonMember);
        for (Persona p : List.of(
                Persona.UNSIGNED_HEAD,
                Persona.SIGNED_HEAD,
                Persona.CHAIR,
                Persona.HEAD_OF_TWO,
                Persona.PROVIDER_DURING,
                Persona.PROVIDER_AFTER)) {
            m.put(p, members);
        }
        m.put(Persona.FORMER_MEMBER, formerMember);
        m.put(Persona.COORDINATOR, coordinator);
        m.put(Persona.INTEGRATION, integration);
        return m;
    }

    private static Map<Persona, Integer> with(Map<Persona, Integer> base, Persona p, int status) {
        Map<Persona, Integer> m = new LinkedHashMap<>(base);
        m.put(p, status);
        return m;
    }

    private static void row(String op, String method, String path, Object body, Map<Persona, Integer> status) {
        row(op, method, path, body, status, Map.of());
    }

    private static void row(
            String op,
            String method,
            String path,
            Object body,
            Map<Persona, Integer> status,
            Map<Persona, Consumer<Reply>> checks) {
        TABLE.add(new Row(op, method, path, body, status, checks));
    }

    private static Consumer<Reply> noUserKeys() {
        return r -> assertThat(r.body()).doesNotContain("userKey");
    }

    private static Consumer<Reply> rows(String... memberIds) {
        return r -> {
            List<String> ids = new ArrayList<>();
            r.json().get("rows").forEach(row -> ids.add(row.get("memberId").asText()));
            assertThat(ids).containsExactlyInAnyOrder(memberIds);
        };
    }

    private static Consumer<Reply> organisations(String... memberIds) {
        return r -> {
            List<String> ids = new ArrayList<>();
            r.json().get("organisations").forEach(o -> ids.add(o.get("memberId").asText()));
            assertThat(ids).containsExactlyInAnyOrder(memberIds);
        };
    }

    @BeforeAll
    static void setUp() throws Exception {
        http = new PreviewHttp(
                "oldham",
                Fixtures.CLOCK,
                Map.of(
                        "t-exec", "exec@federation.example",
                        "t-gone", "head@gone.example",
                        "t-harwood-head", "head@harwood.example"));
        // Two schools under one executive head, and a member that has left.
        for (String id : List.of("ashgrove", "zetland")) {
            member(id, "FULL", "exec@federation.example");
        }
        member("gone", "LEFT", "head@gone.example");
        // Smithills signs in full (head and chair); Ladybridge does not sign.
        JsonNode edition = http.get(API + "/mou/current", "t-coordinator").json();
        for (String[] signer : new String[][] {{"t-smithills-head", "HEAD"}, {"t-smithills-chair", "CHAIR"}}) {
            Reply signed = http.send(
                    "POST",
                    API + "/mou/editions/" + edition.get("id").asText() + "/signatures",
                    signer[0],
                    Map.of(
                            "memberId",
                            "smithills",
                            "role",
                            signer[1],
                            "editionFingerprint",
                            edition.get("fingerprint").asText(),
                            "minuteReference",
                            "GB 7/2026"),
                    true);
            assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        }
        // St Peter's supports Ladybridge now; Harwood Meadows did, and that support has ended.
        assign("req-1", "st-peters", "ACTIVE");
        assign("req-2", "harwood-meadows", "ACTIVE");
        assign("req-2", "harwood-meadows", "ENDED");

        Map<Persona, Integer> membersRead = statuses(200, 403, 403, 200, 200);
        Map<Persona, Consumer<Reply>> membersChecks = new LinkedHashMap<>();
        for (Persona p : Persona.values()) {
            if (p != Persona.COORDINATOR) {
                membersChecks.put(p, noUserKeys());
            }
        }
        row("get /members", "GET", "/members", null, membersRead, membersChecks);
        row("get /members/{id}", "GET", "/members/smithills", null, membersRead, membersChecks);
        Map<Persona, Integer> coordinatorWrite = statuses(403, 403, 403, 400, 403);
        row("post /members", "POST", "/members", "{\"id\":\"x\"}", coordinatorWrite);
        row("put /members/{id}", "PUT", "/members/smithills", "{\"id\":\"smithills\"}", coordinatorWrite);

        Map<Persona, Integer> anyone = statuses(200, 200, 200, 200, 200);
        row("get /mou/current", "GET", "/mou/current", null, anyone);
        row("get /mou/editions/{id}", "GET", "/mou/editions/edition-1", null, anyone);
        Map<Persona, Consumer<Reply>> signatureChecks = new LinkedHashMap<>();
        Consumer<Reply> noPersonalData = r -> assertThat(r.body())
                .doesNotContain("head@smithills.example")
                .doesNotContain("GB 7/2026")
                .contains("Dana Whitworth");
        Consumer<Reply> personalData =
                r -> assertThat(r.body()).contains("head@smithills.example").contains("GB 7/2026");
        for (Persona p :
                List.of(Persona.UNSIGNED_HEAD, Persona.HEAD_OF_TWO, Persona.PROVIDER_DURING, Persona.PROVIDER_AFTER)) {
            signatureChecks.put(p, noPersonalData);
        }
        for (Persona p : List.of(Persona.SIGNED_HEAD, Persona.CHAIR, Persona.COORDINATOR, Persona.INTEGRATION)) {
            signatureChecks.put(p, personalData);
        }
        row(
                "get /mou/editions/{id}/signatures",
                "GET",
                "/mou/editions/edition-1/signatures",
                null,
                statuses(200, 403, 403, 200, 200),
                signatureChecks);
        // Ladybridge's head may sign for Ladybridge (the stale fingerprint is the only fault: 400); nobody
        // else holds that role there, coordinators and the bot included.
        row(
                "post /mou/editions/{id}/signatures",
                "POST",
                "/mou/editions/edition-1/signatures",
                Map.of(
                        "memberId",
                        "ladybridge",
                        "role",
                        "HEAD",
                        "editionFingerprint",
                        "0".repeat(64),
                        "minuteReference",
                        "GB 1"),
                with(statuses(403, 403, 403, 403, 403), Persona.UNSIGNED_HEAD, 400));
        row("get /mou/withdrawals", "GET", "/mou/withdrawals", null, statuses(403, 403, 403, 200, 200));
        // No reason given: those allowed to record Ladybridge's withdrawal get 400, the rest 403.
        row(
                "post /mou/withdrawals",
                "POST",
                "/mou/withdrawals",
                Map.of("memberId", "ladybridge"),
                with(statuses(403, 403, 403, 400, 403), Persona.UNSIGNED_HEAD, 400));
        // The next edition (issue 18): coordinators only. A draft exists, so starting another is a 409
        // and the empty bodies are 400 for a coordinator; nobody else gets past the 403.
        Reply draft = http.send("POST", API + "/mou/draft", "t-coordinator", null, true);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        Map<Persona, Integer> coordinatorsOnly = statuses(403, 403, 403, 200, 403);
        row("get /mou/draft", "GET", "/mou/draft", null, coordinatorsOnly);
        row("post /mou/draft", "POST", "/mou/draft", null, statuses(403, 403, 403, 409, 403));
        row("put /mou/draft", "PUT", "/mou/draft", "{}", coordinatorWrite);
        row("get /mou/draft/comparison", "GET", "/mou/draft/comparison", null, coordinatorsOnly);
        row("post /mou/draft/publication", "POST", "/mou/draft/publication", "{}", coordinatorWrite);
        row("get /mou/status", "GET", "/mou/status", null, anyone);
        Map<Persona, Consumer<Reply>> minuteChecks = new LinkedHashMap<>();
        for (Persona p : List.of(
                Persona.UNSIGNED_HEAD,
                Persona.HEAD_OF_TWO,
                Persona.PROVIDER_DURING,
                Persona.PROVIDER_AFTER,
                Persona.NON_MEMBER,
                Persona.FORMER_MEMBER)) {
            minuteChecks.put(p, r -> assertThat(r.body()).doesNotContain("GB 7/2026"));
        }
        minuteChecks.put(Persona.CHAIR, r -> assertThat(r.body()).contains("GB 7/2026"));
        minuteChecks.put(Persona.COORDINATOR, r -> assertThat(r.body()).contains("GB 7/2026"));
        row("get /mou/status/{memberId}", "GET", "/mou/status/smithills", null, anyone, minuteChecks);

        // The register under Oldham's data-sharing rule (3.1, 3.3, 3.5).
        Map<Persona, Consumer<Reply>> registerChecks = new LinkedHashMap<>();
        registerChecks.put(Persona.UNSIGNED_HEAD, rows("ladybridge"));
        registerChecks.put(Persona.SIGNED_HEAD, rows("smithills"));
        registerChecks.put(Persona.CHAIR, rows("smithills"));
        registerChecks.put(Persona.HEAD_OF_TWO, rows());
        registerChecks.put(Persona.FORMER_MEMBER, rows());
        registerChecks.put(Persona.PROVIDER_DURING, rows("st-peters", "ladybridge"));
        registerChecks.put(Persona.PROVIDER_AFTER, rows());
        registerChecks.put(
                Persona.COORDINATOR,
                rows("smithills", "ladybridge", "st-peters", "bolton-college", "westhoughton-high", "hulton-academy"));
        row("get /register", "GET", "/register", null, statuses(200, 200, 403, 200, 200), registerChecks);
        row("put /register/{memberId}", "PUT", "/register/smithills", "{}", statuses(403, 403, 403, 400, 403));
        row(
                "get /register/{memberId}/history",
                "GET",
                "/register/ladybridge/history",
                null,
                with(
                        with(statuses(403, 403, 403, 200, 200), Persona.UNSIGNED_HEAD, 200),
                        Persona.PROVIDER_DURING,
                        200));
        Map<Persona, Consumer<Reply>> csvChecks = new LinkedHashMap<>();
        csvChecks.put(Persona.SIGNED_HEAD, r -> assertThat(r.body()).doesNotContain("Ladybridge"));
        csvChecks.put(Persona.PROVIDER_AFTER, r -> assertThat(r.body()).doesNotContain("Ladybridge"));
        row("get /register.csv", "GET", "/register.csv", null, statuses(200, 200, 403, 200, 200), csvChecks);
        Map<Persona, Integer> botWrite = statuses(403, 403, 403, 403, 400);
        row("put /support-assignments/{requestId}", "PUT", "/support-assignments/req-9", "{}", botWrite);
        row("post /engagement", "POST", "/engagement", "{}", botWrite);

        // Fees (issue 18, finding 5): everyone in the alliance reads their own organisations' fees; only
        // coordinators record a payment (the empty body is refused: 400).
        Map<Persona, Consumer<Reply>> feeChecks = new LinkedHashMap<>();
        feeChecks.put(Persona.UNSIGNED_HEAD, organisations("ladybridge"));
        feeChecks.put(Persona.SIGNED_HEAD, organisations("smithills"));
        feeChecks.put(Persona.HEAD_OF_TWO, organisations("ashgrove", "zetland"));
        feeChecks.put(Persona.PROVIDER_DURING, organisations("st-peters"));
        feeChecks.put(
                Persona.COORDINATOR,
                organisations(
                        "smithills",
                        "ladybridge",
                        "st-peters",
                        "bolton-college",
                        "harwood-meadows",
                        "hulton-academy",
                        "westhoughton-high",
                        "ashgrove",
                        "zetland",
                        "gone"));
        row("get /fees", "GET", "/fees", null, statuses(200, 403, 403, 200, 200), feeChecks);
        row(
                "get /fees/{memberId}",
                "GET",
                "/fees/smithills",
                null,
                with(with(statuses(403, 403, 403, 200, 200), Persona.SIGNED_HEAD, 200), Persona.CHAIR, 200));
        row(
                "post /fees/{memberId}/payments",
                "POST",
                "/fees/smithills/payments",
                "{}",
                statuses(403, 403, 403, 400, 403));
        // issue 18 review: only coordinators reverse a payment (the body without a reason is refused: 400)
        row(
                "post /fees/{memberId}/payments/{paymentId}/reversal",
                "POST",
                "/fees/smithills/payments/1/reversal",
                "{}",
                statuses(403, 403, 403, 400, 403));
    }

    private static void member(String id, String state, String headEmail) {
        Map<String, Object> body = Map.of(
                "id",
                id,
                "name",
                id + " School",
                "kind",
                "SCHOOL",
                "phase",
                "PRIMARY",
                "state",
                state,
                "joinedOn",
                "2024-09-01",
                "people",
                List.of(Map.of(
                        "email",
                        headEmail,
                        "name",
                        "Head of " + id,
                        "role",
                        "HEAD",
                        "userKey",
                        PreviewUsers.keyOf(headEmail))));
        Reply r = http.send("POST", API + "/members", "t-coordinator", body, true);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static void assign(String requestId, String provider, String state) {
        Reply r = http.send(
                "PUT",
                API + "/support-assignments/" + requestId,
                "compact-bot-local-token",
                Map.of("providerMemberId", provider, "recipientMemberId", "ladybridge", "state", state),
                true);
        assertThat(r.status()).as(r.body()).isIn(200, 201);
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void theTableNamesEveryOperationTheApiHas() {
        Set<String> inTable = new TreeSet<>();
        TABLE.forEach(r -> inTable.add(r.operation()));
        assertThat(inTable).isEqualTo(OpenApiContractTest.operationsInCode());
        for (Row r : TABLE) {
            assertThat(r.status().keySet()).as(r.operation()).containsExactlyInAnyOrder(Persona.values());
        }
    }

    /**
     * The bot reads "as" a person with {@code ?viewer=} (issue 15): a coordinator named so is answered as
     * the coordinator persona is, on every read; an e-mail that is nobody of the alliance gets a 403 that
     * names it.
     */
    @Test
    void theBotReadingAsSomeoneIsAnsweredAsThatPerson() {
        List<String> wrong = new ArrayList<>();
        for (Row r : TABLE) {
            if (!r.method().equals("GET")) {
                continue;
            }
            String sep = r.path().contains("?") ? "&" : "?";
            Reply asCoordinator = http.get(
                    API + r.path() + sep + "viewer=" + PreviewConfig.COORDINATOR_EMAIL, Persona.INTEGRATION.token);
            int expected = r.status().get(Persona.COORDINATOR);
            if (asCoordinator.status() != expected) {
                wrong.add(r.operation() + " as the coordinator: " + asCoordinator.status() + " (expected " + expected
                        + ") " + asCoordinator.body());
            } else if (r.bodyChecks().containsKey(Persona.COORDINATOR)) {
                try {
                    r.bodyChecks().get(Persona.COORDINATOR).accept(asCoordinator);
                } catch (AssertionError e) {
                    wrong.add(r.operation() + " as the coordinator: "
                            + e.getMessage().strip());
                }
            }
            Reply asNobody =
                    http.get(API + r.path() + sep + "viewer=nobody@nowhere.example", Persona.INTEGRATION.token);
            if (asNobody.status() != 403
                    || !asNobody.body().contains("nobody@nowhere.example is not a person of this alliance")) {
                wrong.add(r.operation() + " as nobody: " + asNobody.status() + " " + asNobody.body());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPersonaGetsWhatTheTableSaysAndSeesNothingMore() {
        List<String> wrong = new ArrayList<>();
        for (Row r : TABLE) {
            for (Persona p : Persona.values()) {
                Reply reply = http.send(r.method(), API + r.path(), p.token, r.body(), true);
                int expected = r.status().get(p);
                if (reply.status() != expected) {
                    wrong.add(r.operation() + " as " + p + ": " + reply.status() + " (expected " + expected + ") "
                            + reply.body()
                                    .substring(0, Math.min(160, reply.body().length())));
                    continue;
                }
                Consumer<Reply> check = r.bodyChecks().get(p);
                if (check != null) {
                    try {
                        check.accept(reply);
                    } catch (AssertionError e) {
                        wrong.add(r.operation() + " as " + p + ": "
                                + e.getMessage().strip());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
