package org.alliancecompact.confluence.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.preview.PreviewHttp;
import org.alliancecompact.confluence.preview.PreviewHttp.Reply;
import org.alliancecompact.model.mou.EditionDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, "Editions in the product" (Bolton: "These protocols will be reviewed on an annual basis"): a
 * coordinator drafts the next edition through REST, compares it, publishes it with an effective date;
 * every member is back to not signed and the old signatures stay as history. No restart, no file edit.
 */
class EditionsRestTest {

    private static final String API = "/rest/compact/1.0";
    private PreviewHttp http;

    @BeforeEach
    void start() throws Exception {
        http = new PreviewHttp("bolton", Fixtures.CLOCK);
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private JsonNode current() {
        return http.get(API + "/mou/current", "t-coordinator").json();
    }

    private void sign(String token, String member, String role, JsonNode edition) {
        Reply r = http.send(
                "POST",
                API + "/mou/editions/" + edition.get("id").asText() + "/signatures",
                token,
                Map.of(
                        "memberId",
                        member,
                        "role",
                        role,
                        "editionFingerprint",
                        edition.get("fingerprint").asText()),
                true);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @Test
    @DisplayName(
            "'reviewed on an annual basis': draft, change a clause, compare, publish; everyone back to not signed, old signatures kept")
    void aCoordinatorDraftsComparesAndPublishesAndEveryMemberSignsAgain() {
        JsonNode one = current();
        sign("t-smithills-head", "smithills", "HEAD", one);
        sign("t-smithills-chair", "smithills", "CHAIR", one);
        assertThat(status("smithills")).isEqualTo("SIGNED");

        Reply started = http.send("POST", API + "/mou/draft", "t-coordinator", null, true);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().get("basedOnEditionId").asText())
                .isEqualTo(one.get("id").asText());
        assertThat(started.json().get("fingerprint").asText())
                .isEqualTo(one.get("fingerprint").asText());
        assertThat(http.send("POST", API + "/mou/draft", "t-coordinator", null, true)
                        .status())
                .isEqualTo(409);

        ObjectNode draft = started.json().deepCopy();
        ((ObjectNode) draft.get("sections").get(0).get("clauses").get(0))
                .put("text", "We are committed to supporting each other, every term.");
        Reply saved = http.send("PUT", API + "/mou/draft", "t-coordinator", draft.toString(), true);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("fingerprint").asText())
                .isNotEqualTo(one.get("fingerprint").asText());

        JsonNode comparison =
                http.get(API + "/mou/draft/comparison", "t-coordinator").json();
        assertThat(comparison.get("counts").get("CHANGED").asInt()).isEqualTo(1);
        assertThat(comparison.get("counts").get("ADDED").asInt()).isZero();
        assertThat(comparison.get("clauses").get(0).get("kind").asText()).isEqualTo("CHANGED");
        assertThat(comparison.get("wordingChanged").asBoolean()).isTrue();

        Reply past = publish(Fixtures.TODAY.minusDays(1).toString());
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("field").asText()).isEqualTo("effectiveDate");
        Reply published = publish(Fixtures.TODAY.plusDays(7).toString());
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().get("number").asInt()).isEqualTo(2);
        assertThat(published.json().get("reviewDate").asText())
                .isEqualTo(Fixtures.TODAY.plusDays(7).plusYears(1).minusDays(1).toString());

        JsonNode two = current();
        assertThat(two.get("number").asInt()).isEqualTo(2);
        assertThat(two.get("sections").get(0).get("clauses").get(0).get("text").asText())
                .endsWith("every term.");
        JsonNode all = http.get(API + "/mou/status", "t-coordinator").json();
        List<String> statuses = new ArrayList<>();
        all.get("members").forEach(m -> statuses.add(m.get("status").asText()));
        assertThat(statuses).isNotEmpty().containsOnly("NOT_SIGNED");
        Reply history = http.get(API + "/mou/editions/" + one.get("id").asText() + "/signatures", "t-coordinator");
        assertThat(history.json()).hasSize(2);
        assertThat(http.get(API + "/mou/draft", "t-coordinator").status()).isEqualTo(404);

        sign("t-smithills-head", "smithills", "HEAD", two);
        assertThat(status("smithills")).isEqualTo("PARTLY_SIGNED");
    }

    @Test
    void onlyCoordinatorsDraftAndPublishAndBadDraftsAreRefusedWithTheField() {
        assertThat(http.send("POST", API + "/mou/draft", "t-smithills-head", null, true)
                        .status())
                .isEqualTo(403);
        assertThat(http.get(API + "/mou/draft", "t-smithills-chair").status()).isEqualTo(403);
        assertThat(http.get(API + "/mou/draft", null).status()).isEqualTo(401);
        assertThat(http.send("POST", API + "/mou/draft", "t-coordinator", null, false)
                        .status())
                .as("the XSRF header is needed")
                .isEqualTo(403);
        JsonNode draft = http.send("POST", API + "/mou/draft", "t-coordinator", null, true)
                .json();

        ObjectNode tooLong = draft.deepCopy();
        ((ObjectNode) tooLong.get("sections").get(0).get("clauses").get(0))
                .put("text", "x".repeat(EditionDraft.MAX_CLAUSE_TEXT + 1));
        Reply refused = http.send("PUT", API + "/mou/draft", "t-coordinator", tooLong.toString(), true);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(refused.json().get("field").asText()).isEqualTo("sections");

        ObjectNode blank = draft.deepCopy();
        ((ObjectNode) blank.get("sections").get(0).get("clauses").get(0)).put("text", " ");
        assertThat(http.send("PUT", API + "/mou/draft", "t-coordinator", blank.toString(), true)
                        .status())
                .isEqualTo(400);

        ObjectNode stale = draft.deepCopy();
        stale.put("basedOnEditionId", "edition-0");
        assertThat(http.send("PUT", API + "/mou/draft", "t-coordinator", stale.toString(), true)
                        .status())
                .isEqualTo(409);

        Reply unchanged = publish(Fixtures.TODAY.plusDays(1).toString());
        assertThat(unchanged.status()).isEqualTo(400);
        assertThat(unchanged.json().get("field").asText()).isEqualTo("sections");
        assertThat(http.send(
                                "POST",
                                API + "/mou/draft/publication",
                                "t-smithills-head",
                                Map.of(
                                        "effectiveDate",
                                        Fixtures.TODAY.plusDays(1).toString()),
                                true)
                        .status())
                .isEqualTo(403);
        assertThat(current().get("number").asInt()).isEqualTo(1);
    }

    private Reply publish(String effectiveDate) {
        return http.send(
                "POST", API + "/mou/draft/publication", "t-coordinator", Map.of("effectiveDate", effectiveDate), true);
    }

    private String status(String memberId) {
        return http.get(API + "/mou/status/" + memberId, "t-coordinator")
                .json()
                .get("status")
                .asText();
    }
}
