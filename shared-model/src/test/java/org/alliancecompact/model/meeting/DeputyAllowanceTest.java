package org.alliancecompact.model.meeting;

import static org.alliancecompact.model.meeting.MeetingFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.alliancecompact.model.profile.ProfileException;
import org.alliancecompact.model.profile.ProfileLoader;
import org.alliancecompact.model.text.Words;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 17, point 7: "deputy use 1 of 99" (99 stands for no limit) and "1 time(s)" never reach a member. */
class DeputyAllowanceTest {

    private static final MeetingRules NO_LIMIT = new MeetingRules(
            Set.of(MeetingKind.ALLIANCE_MEETING),
            DeputyAllowance.noLimit(),
            null,
            Set.of(MeetingKind.ALLIANCE_MEETING),
            null,
            false,
            null);

    @Test
    @DisplayName("No limit in words: any number of deputies, and no number in what the member reads")
    void noLimitInWords() {
        List<DeputyUse> many = List.of(
                DeputyUse.at("school", meeting("a", "2026-10-01T15:00:00Z")),
                DeputyUse.at("school", meeting("b", "2026-11-01T15:00:00Z")),
                DeputyUse.at("school", meeting("c", "2026-12-01T15:00:00Z")));
        DeputyDecision d = DeputyLimit.decide("school", meeting("d", "2027-01-10T15:00:00Z"), many, NO_LIMIT);
        assertThat(d.allowed()).isTrue();
        assertThat(d.reason())
                .isEqualTo("A deputy may attend BLA meeting d for you: there is no limit on deputies at alliance"
                        + " meetings. The deputy votes for your organisation.")
                .doesNotContainPattern("\\d+ of \\d+");
        assertThat(DeputyLimit.allowanceNote(meeting("d", "2027-01-10T15:00:00Z"), NO_LIMIT))
                .isEqualTo(
                        "There is no limit on deputies at alliance meetings. The deputy votes for your organisation.");
    }

    @Test
    @DisplayName("'A deputy may stand in 1 time(s)' becomes 'once', and 2 becomes '2 times'")
    void howOftenInWords() {
        assertThat(Words.howOften(1)).isEqualTo("once");
        assertThat(Words.howOften(2)).isEqualTo("2 times");
        MeetingRules twice = new MeetingRules(
                Set.of(MeetingKind.ALLIANCE_MEETING), DeputyAllowance.perYear(2), null, Set.of(), null, false, null);
        assertThat(DeputyLimit.allowanceNote(meeting("d", "2027-01-10T15:00:00Z"), twice))
                .startsWith("A deputy may stand in 2 times per academic year at alliance meetings.");
        assertThat(DeputyLimit.allowanceNote(meeting("d", "2027-01-10T15:00:00Z"), MeetingFixtures.BOLTON))
                .startsWith("A deputy may stand in once per academic year at alliance meetings.");
    }

    @Test
    @DisplayName("Profiles say 'no limit' (no sentinel 99); a number is still read as that many times")
    void profilesSayNoLimit() throws IOException {
        ProfileLoader loader = new ProfileLoader();
        for (String name : List.of("oldham", "exceed", "leeds", "leicestershire")) {
            assertThat(bundled(name))
                    .contains("deputyAllowancePerYear: no limit")
                    .doesNotContain(": 99");
            assertThat(loader.loadBundled(name).meetings().deputyAllowancePerYear())
                    .as(name)
                    .isEqualTo(DeputyAllowance.noLimit());
        }
        String oldham = bundled("oldham");
        assertThat(load(oldham.replace("deputyAllowancePerYear: no limit", "deputyAllowancePerYear: 3"))
                        .meetings()
                        .deputyAllowancePerYear())
                .isEqualTo(DeputyAllowance.perYear(3));
        assertThat(load(oldham.replace("deputyAllowancePerYear: no limit", "deputyAllowancePerYear: No Limit"))
                        .meetings()
                        .deputyAllowancePerYear())
                .isEqualTo(DeputyAllowance.noLimit());
        assertThatThrownBy(
                        () -> load(oldham.replace("deputyAllowancePerYear: no limit", "deputyAllowancePerYear: lots")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("deputyAllowancePerYear")
                .hasMessageContaining("no limit");
        assertThatThrownBy(() -> load(oldham.replace("deputyAllowancePerYear: no limit", "deputyAllowancePerYear: -1")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("deputyAllowancePerYear");
    }

    private static org.alliancecompact.model.profile.AllianceProfile load(String yaml) {
        return new ProfileLoader().load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "oldham.yml");
    }

    private static String bundled(String name) throws IOException {
        try (InputStream in =
                DeputyAllowanceTest.class.getClassLoader().getResourceAsStream("profiles/" + name + ".yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
