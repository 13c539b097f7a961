package org.alliancecompact.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, "Done when": "a system test publishes a new edition in the preview, sees every member go back
 * to not signed, and sees the bot ask a head to sign again" (Bolton: "These protocols will be reviewed on
 * an annual basis"). No restart and no file edit: the preview and the bot keep running throughout.
 */
class EditionPublicationTest {

    static final String SMITHILLS_HEAD_TOKEN = "smithills-head-e2e-token";
    static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = new RunningSystem("editions", "bolton", Map.of(SMITHILLS_HEAD_TOKEN, "head@smithills.example"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @DisplayName(
            "'reviewed on an annual basis': a published edition sets every member back to not signed and the bot asks the head to sign again")
    void publishingANewEditionSetsEveryoneBackToNotSignedAndTheBotAsksTheHeadToSignAgain() throws Exception {
        String coordinator = RunningSystem.COORDINATOR_TOKEN;
        JsonNode one = system.rest("GET", "mou/current", coordinator, null).json();
        RunningSystem.Rest signed = system.rest(
                "POST",
                "mou/editions/" + one.get("id").asText() + "/signatures",
                SMITHILLS_HEAD_TOKEN,
                Map.of(
                        "memberId",
                        "smithills",
                        "role",
                        "HEAD",
                        "editionFingerprint",
                        one.get("fingerprint").asText()));
        assertThat(signed.status()).as(String.valueOf(signed.json())).isEqualTo(201);
        assertThat(statuses()).contains("PARTLY_SIGNED");

        RunningSystem.Rest draft = system.rest("POST", "mou/draft", coordinator, Map.of());
        assertThat(draft.status()).as(String.valueOf(draft.json())).isEqualTo(201);
        ObjectNode changed = draft.json().deepCopy();
        ((ObjectNode) changed.get("sections").get(0).get("clauses").get(0))
                .put("text", "We are committed to supporting each other, and we review these protocols each year.");
        RunningSystem.Rest saved = system.rest("PUT", "mou/draft", coordinator, changed);
        assertThat(saved.status()).as(String.valueOf(saved.json())).isEqualTo(200);
        JsonNode comparison =
                system.rest("GET", "mou/draft/comparison", coordinator, null).json();
        assertThat(comparison.get("counts").get("CHANGED").asInt()).isEqualTo(1);

        LocalDate effective = LocalDate.now(ZoneId.of("Europe/London")).plusDays(14);
        RunningSystem.Rest published = system.rest(
                "POST", "mou/draft/publication", coordinator, Map.of("effectiveDate", effective.toString()));
        assertThat(published.status()).as(String.valueOf(published.json())).isEqualTo(201);
        assertThat(published.json().get("number").asInt()).isEqualTo(2);

        // every member is back to not signed; edition 1's signature stays as history
        assertThat(statuses()).isNotEmpty().containsOnly("NOT_SIGNED");
        JsonNode history = system.rest(
                        "GET", "mou/editions/" + one.get("id").asText() + "/signatures", coordinator, null)
                .json();
        assertThat(history).hasSize(1);

        // the bot notices the new edition by itself (its minutely watch) and asks the head, with the page's link
        String asked = Await.until(
                "the bot asks Smithills' head to sign edition 2 again",
                Duration.ofSeconds(150),
                () -> system.messagesTo(RunningSystem.SMITHILLS_HEAD).stream()
                        .filter(m -> m.contains("sign again"))
                        .findFirst()
                        .orElse(""),
                m -> !m.isEmpty());
        assertThat(asked).contains("edition 2").contains("as head").contains(system.previewBase + "pages/mou");

        // asked once: running the job on demand sends nothing more to that head
        String run = system.command(RunningSystem.COORDINATOR_USER, "run mou-sign-again");
        assertThat(system.firstResponse(run))
                .contains("\"text\":\"Ran mou-sign-again")
                .contains(": 0 messages sent");
        assertThat(system.messagesTo(RunningSystem.SMITHILLS_HEAD).stream().filter(m -> m.contains("sign again")))
                .hasSize(1);
    }

    private static List<String> statuses() throws Exception {
        JsonNode all = system.rest("GET", "mou/status", RunningSystem.COORDINATOR_TOKEN, null)
                .json();
        List<String> out = new ArrayList<>();
        all.get("members").forEach(m -> out.add(m.get("status").asText()));
        return out;
    }
}
