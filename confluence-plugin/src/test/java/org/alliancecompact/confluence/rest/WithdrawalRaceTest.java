package org.alliancecompact.confluence.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.alliancecompact.confluence.preview.PreviewHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 15, finding 6, over HTTP: twelve concurrent withdrawals of one member store one; the rest get 409. */
class WithdrawalRaceTest {

    private static final String API = "/rest/compact/1.0";
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
    @DisplayName("twelve concurrent POST /mou/withdrawals for one member: one 201, eleven 409, one stored")
    void oneWithdrawalPerStandingSignature() throws Exception {
        JsonNode edition = http.get(API + "/mou/current", "t-smithills-head").json();
        assertThat(http.send(
                                "POST",
                                API + "/mou/editions/" + edition.get("id").asText() + "/signatures",
                                "t-smithills-head",
                                Map.of(
                                        "memberId", "smithills",
                                        "role", "HEAD",
                                        "editionFingerprint",
                                                edition.get("fingerprint").asText(),
                                        "minuteReference", "GB 1"),
                                true)
                        .status())
                .isEqualTo(201);

        int racers = 12;
        CyclicBarrier together = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String token = i % 2 == 0 ? "t-smithills-head" : "t-coordinator";
            replies.add(pool.submit(() -> {
                together.await();
                return http.send(
                                "POST",
                                API + "/mou/withdrawals",
                                token,
                                Map.of("memberId", "smithills", "reason", "Joining another partnership"),
                                true)
                        .status();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : replies) {
            statuses.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses).containsOnlyOnce(201);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(racers - 1);
        assertThat(http.get(API + "/mou/withdrawals", "t-coordinator").json()).hasSize(1);
    }
}
