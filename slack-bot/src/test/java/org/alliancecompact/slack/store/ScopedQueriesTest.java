package org.alliancecompact.slack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.alliancecompact.model.engagement.Signal;
import org.alliancecompact.model.engagement.SignalKind;
import org.alliancecompact.model.support.RequestStatus;
import org.alliancecompact.model.support.SupportRequest;
import org.alliancecompact.slack.testkit.RequestSeeder;
import org.alliancecompact.slack.testkit.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's narrow queries pick exactly the rows the flows need from many, on PostgreSQL and on the
 * one-machine H2 alike (the same SQL and the V2 indexes must work on both).
 */
class ScopedQueriesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final List<String> MEMBERS = List.of("alpha", "beta", "gamma");

    /** A seeded request: whose it is, where it got to, and whether its channel message went out. */
    private record Seed(String member, RequestStatus status, boolean posted, String id) {}

    @Test
    void support_requests_are_picked_by_requester_status_and_post_on_postgres() {
        try (Database db = TestPostgres.open()) {
            checkSupportQueries(db);
        }
    }

    @Test
    void support_requests_are_picked_by_requester_status_and_post_on_h2(@TempDir Path dir) {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("bot"), null, null, null)) {
            checkSupportQueries(db);
        }
    }

    @Test
    void every_level_is_read_in_one_go_with_its_reasons() {
        try (Database db = TestPostgres.open()) {
            EngagementStore store = new EngagementStore(db.jdbi());
            assertThat(store.levels()).isEmpty();
            db.jdbi().useTransaction(h -> {
                for (int i = 0; i < 40; i++) {
                    EngagementStore.saveLevel(
                            h,
                            "member-" + (100 + i),
                            i % 4,
                            i % 4 == 0 ? List.of() : List.of("missed a meeting", "no evaluation"),
                            NOW.plusSeconds(i));
                }
            });
            List<EngagementStore.Level> levels = store.levels();
            assertThat(levels).hasSize(40);
            assertThat(levels).extracting(EngagementStore.Level::memberId).isSorted();
            for (EngagementStore.Level l : levels) {
                assertThat(l).isEqualTo(store.level(l.memberId()).orElseThrow());
            }
            EngagementStore.Level third = levels.get(3);
            assertThat(third.level()).isEqualTo(3);
            assertThat(third.reasons()).containsExactly("missed a meeting", "no evaluation");
            assertThat(third.assessedAt()).isEqualTo(NOW.plusSeconds(3));
            assertThat(levels.get(4).reasons()).isEmpty();
        }
    }

    @Test
    void every_organisation_s_signals_are_read_in_one_go_in_the_order_of_one_organisation_s() {
        try (Database db = TestPostgres.open()) {
            EngagementStore store = new EngagementStore(db.jdbi());
            assertThat(store.signalsByMember()).isEmpty();
            for (int i = 0; i < 30; i++) {
                String member = "member-" + (i % 4);
                // recorded out of time order, two at the same instant
                Instant at = NOW.minus(Duration.ofDays((i * 7) % 11));
                SignalKind kind = i % 3 == 0 ? SignalKind.ENGAGEMENT_RESUMED : SignalKind.MEETING_MISSED;
                store.add(new Signal(member, kind, at, "cause " + i), "cause:" + i);
            }
            Map<String, List<Signal>> all = store.signalsByMember();
            assertThat(all).containsOnlyKeys("member-0", "member-1", "member-2", "member-3");
            for (String member : all.keySet()) {
                assertThat(all.get(member)).containsExactlyElementsOf(store.signals(member));
            }
            assertThat(all.values().stream().mapToInt(List::size).sum()).isEqualTo(30);
        }
    }

    private static void checkSupportQueries(Database db) {
        SupportStore store = new SupportStore(db.jdbi());
        RequestSeeder seeder = new RequestSeeder(store, NOW);
        List<Seed> seeds = new ArrayList<>();
        RequestStatus[] statuses = RequestStatus.values();
        for (int i = 0; i < 60; i++) {
            // each member gets every status in turn, posted and unposted
            String member = MEMBERS.get((i / statuses.length) % MEMBERS.size());
            RequestStatus status = statuses[i % statuses.length];
            boolean posted = i % 5 != 0;
            String provider = member.equals("alpha") ? "beta" : "alpha";
            SupportRequest r = seeder.seed(member, status, "focus " + i, provider);
            if (posted) {
                store.setMessage(r.id(), "CGROUP", "1700000000." + i);
            }
            seeds.add(new Seed(member, status, posted, r.id()));
        }

        Set<RequestStatus> homeStatuses = EnumSet.of(
                RequestStatus.SUBMITTED,
                RequestStatus.CLAIMED,
                RequestStatus.BROKERED,
                RequestStatus.ASSIGNED,
                RequestStatus.IN_PROGRESS,
                RequestStatus.COMPLETED);
        assertThat(ids(
                        store.ofRequester("beta", homeStatuses),
                        st -> st.request().id()))
                .containsExactlyElementsOf(
                        expected(seeds, s -> s.member().equals("beta") && homeStatuses.contains(s.status())));
        assertThat(store.ofRequester("beta", homeStatuses))
                .allSatisfy(st -> assertThat(st.request().requesterMemberId()).isEqualTo("beta"));
        assertThat(store.ofRequester("nobody", homeStatuses)).isEmpty();
        assertThat(store.ofRequester("beta", Set.of())).isEmpty();

        assertThat(ids(
                        store.withStatus(RequestStatus.COMPLETED),
                        st -> st.request().id()))
                .containsExactlyElementsOf(expected(seeds, s -> s.status() == RequestStatus.COMPLETED))
                .isNotEmpty();
        assertThat(store.withStatus(RequestStatus.COMPLETED))
                .allSatisfy(st -> assertThat(st.request().completedAt()).isEqualTo(NOW));

        assertThat(ids(store.unpostedOpen(), st -> st.request().id()))
                .containsExactlyElementsOf(
                        expected(seeds, s -> !s.posted() && s.status().open()))
                .isNotEmpty();
        assertThat(store.unpostedOpen())
                .allSatisfy(st -> assertThat(st.threadTs()).isNull());
        Map<RequestStatus, Integer> counts = store.countByStatus();
        for (RequestStatus status : statuses) {
            assertThat(counts.getOrDefault(status, 0))
                    .as("requests %s", status)
                    .isEqualTo(expected(seeds, s -> s.status() == status).size());
        }
        // all() still sees every row: the narrow queries filter, they do not lose anything
        assertThat(store.all()).hasSize(60);
    }

    private static List<String> expected(List<Seed> seeds, java.util.function.Predicate<Seed> which) {
        return seeds.stream().filter(which).map(Seed::id).toList();
    }

    private static List<String> ids(List<SupportStore.Stored> rows, Function<SupportStore.Stored, String> id) {
        return rows.stream().map(id).toList();
    }
}
