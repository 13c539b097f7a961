package org.alliancecompact.model.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.alliancecompact.model.engagement.Audience;
import org.alliancecompact.model.meeting.MeetingKind;
import org.alliancecompact.model.mou.MouEdition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every seed alliance as a profile (issue 18, finding 6). */
class BundledProfilesTest {

    private final ProfileLoader loader = new ProfileLoader();

    private static Path profilesFolder() throws URISyntaxException {
        return Path.of(BundledProfilesTest.class
                        .getClassLoader()
                        .getResource("profiles/bolton.yml")
                        .toURI())
                .getParent();
    }

    private static String text(String name) throws IOException, URISyntaxException {
        return Files.readString(profilesFolder().resolve(name + ".yml"));
    }

    @Test
    @DisplayName("Every profile file shipped is listed as bundled, loads, validates and makes a first MOU edition")
    void everyShippedProfileLoads() throws IOException, URISyntaxException {
        List<String> files;
        try (Stream<Path> listing = Files.list(profilesFolder())) {
            files = listing.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yml"))
                    .map(n -> n.substring(0, n.length() - ".yml".length()))
                    .sorted()
                    .toList();
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(ProfileLoader.BUNDLED);
        for (String name : ProfileLoader.BUNDLED) {
            AllianceProfile profile = loader.loadBundled(name);
            assertThat(profile.id()).as(name).isEqualTo(name);
            MouEdition edition = MouEdition.first(
                    name + "-1",
                    profile.mou(),
                    LocalDate.of(2026, 9, 1),
                    profile.membership().reviewPeriod());
            assertThat(edition.fingerprint()).as(name).hasSize(64);
            assertThat(profile.engagement().levels()).as(name).hasSize(4);
        }
    }

    @Test
    @DisplayName("Leeds footnote 1: 'Members refers to organisations not individuals and to Associate Members which"
            + " is a time-limited (up to 6 months) option'")
    void leedsMembersAndAssociates() throws Exception {
        AllianceProfile leeds = loader.loadBundled("leeds");
        assertThat(leeds.name()).isEqualTo("Leeds Learning Alliance");
        assertThat(leeds.membership().associateMaxMonths()).isEqualTo(6);
        MouEdition edition = MouEdition.first("l1", leeds.mou(), LocalDate.of(2026, 9, 1), Period.ofYears(1));
        assertThat(edition.clause("F1").orElseThrow().text())
                .startsWith("Members refers to organisations not individuals");
    }

    @Test
    @DisplayName("Leeds: 'The MOU is not intended to be a legally binding agreement and will be reviewed annually'")
    void leedsReviewedAnnually() {
        AllianceProfile leeds = loader.loadBundled("leeds");
        assertThat(leeds.membership().reviewPeriod()).isEqualTo(Period.ofYears(1));
        MouEdition edition = MouEdition.first("l1", leeds.mou(), LocalDate.of(2026, 9, 1), Period.ofYears(1));
        assertThat(edition.clause("I3").orElseThrow().text()).contains("will be reviewed annually");
        assertThat(leeds.mou().sections())
                .extracting(s -> s.heading())
                .containsExactly(
                        "Introduction",
                        "Our Vision: Inclusive, Collaborative, Ambitious",
                        "Our Values",
                        "Our Key Aims");
    }

    @Test
    @DisplayName("LEEP: 'The Strategic Group will meet at the beginning of each term to review the performance of"
            + " schools'")
    void leepStrategicGroupEachTerm() {
        AllianceProfile leep = loader.loadBundled("leicestershire");
        assertThat(leep.meetings().kinds()).contains(MeetingKind.STRATEGIC_GROUP);
        assertThat(leep.register().reviewInterval()).isEqualTo(Period.ofMonths(4));
        assertThat(clause(leep, "SG1")).startsWith("The Strategic Group will meet at the beginning of each term");
    }

    @Test
    @DisplayName("LEEP 1c and 2b: schools giving support 'Report progress regularly through action logs or reviews';"
            + " schools receiving support 'Make available data, information and resources'")
    void leepGivingAndReceivingSupport() {
        AllianceProfile leep = loader.loadBundled("leicestershire");
        assertThat(clause(leep, "1c")).isEqualTo("Report progress regularly through action logs or reviews;");
        assertThat(clause(leep, "2b")).startsWith("Make available data, information and resources");
        assertThat(leep.engagement().level(2).description()).contains("made available the data");
        assertThat(leep.engagement().level(3).description()).contains("action logs");
        assertThat(leep.engagement().level(4).tell()).contains(Audience.DIRECTOR_OR_REGIONAL_OFFICE);
        assertThat(leep.membership().dataSharingRequiredForVisibility()).isTrue();
    }

    @Test
    @DisplayName("Values the Leeds and LEEP documents do not give are marked as the alliance's own setting")
    void unstatedValuesAreMarked() throws Exception {
        assertThat(text("leeds")).contains("\"not in the MOU\": the alliance's own setting");
        assertThat(countOf(text("leeds"), "# not in the MOU")).isGreaterThanOrEqualTo(10);
        assertThat(text("leicestershire")).contains("\"not in the strategy\": the partnership's own setting");
        assertThat(countOf(text("leicestershire"), "# not in the strategy")).isGreaterThanOrEqualTo(8);
    }

    private static String clause(AllianceProfile p, String number) {
        return MouEdition.first("e1", p.mou(), LocalDate.of(2026, 9, 1), Period.ofYears(1))
                .clause(number)
                .orElseThrow()
                .text();
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
