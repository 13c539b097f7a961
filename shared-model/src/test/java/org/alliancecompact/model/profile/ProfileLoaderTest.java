package org.alliancecompact.model.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.alliancecompact.model.engagement.Audience;
import org.alliancecompact.model.meeting.DeputyAllowance;
import org.alliancecompact.model.meeting.MeetingKind;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.mou.MouEdition;
import org.alliancecompact.model.register.SupportCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileLoaderTest {

    private final ProfileLoader loader = new ProfileLoader();

    @ParameterizedTest
    @ValueSource(strings = {"bolton", "oldham", "exceed", "leeds", "leicestershire"})
    void everyBundledProfileLoadsAndItsMouMakesAnEdition(String name) {
        AllianceProfile profile = loader.loadBundled(name);

        assertThat(profile.id()).isEqualTo(name);
        assertThat(profile.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(profile.membership().associateMaxMonths()).isEqualTo(6);
        assertThat(profile.membership().reviewPeriod()).isEqualTo(Period.ofYears(1));
        assertThat(profile.engagement().levels()).hasSize(4);
        MouEdition edition = MouEdition.first(
                name + "-1",
                profile.mou(),
                java.time.LocalDate.of(2026, 9, 1),
                profile.membership().reviewPeriod());
        assertThat(edition.fingerprint()).hasSize(64);
    }

    @Test
    void boltonCarriesItsProtocolNumbers() {
        AllianceProfile bolton = loader.loadBundled("bolton");

        assertThat(bolton.membership().requiredSignatories()).containsExactly(PersonRole.HEAD, PersonRole.CHAIR);
        assertThat(bolton.membership().minuteReferenceRequired()).isFalse();
        assertThat(bolton.meetings().deputyAllowancePerYear()).isEqualTo(DeputyAllowance.perYear(1));
        assertThat(bolton.meetings().deputyAllowanceAt()).containsExactly(MeetingKind.ALLIANCE_MEETING);
        assertThat(bolton.meetings().deputyVotesAt()).containsExactly(MeetingKind.ALLIANCE_MEETING);
        assertThat(bolton.meetings().representationRequiredAt()).containsExactly(MeetingKind.CONFERENCE);
        assertThat(bolton.support().feeDueAfter()).isEqualTo(Period.ofMonths(2));
        assertThat(bolton.meetings().kinds()).contains(MeetingKind.CONFERENCE);
        assertThat(bolton.support().committedDaysPerYear()).isEqualByComparingTo(BigDecimal.valueOf(9));
        assertThat(bolton.support().annualFeePence()).isEqualTo(300_000L);
        assertThat(bolton.support().improvementGroupName()).contains("SSIG");
        assertThat(bolton.mou().sections())
                .extracting(s -> s.heading())
                .containsExactly("Strategy", "Ethos", "Operation", "Marketing & Recruitment", "In Year Admissions");
        List<String> numbers = bolton.mou().sections().stream()
                .flatMap(s -> s.clauses().stream())
                .map(c -> c.number())
                .toList();
        assertThat(numbers).hasSize(48).startsWith("1").endsWith("48");
        MouEdition edition =
                MouEdition.first("b1", bolton.mou(), java.time.LocalDate.of(2026, 9, 1), Period.ofYears(1));
        assertThat(edition.clause("32").orElseThrow().text()).contains("once per academic year");
        assertThat(edition.clause("25").orElseThrow().text()).contains("£3000");
    }

    @Test
    void exceedBrokersSupportOfMoreThanTwoDays() {
        AllianceProfile exceed = loader.loadBundled("exceed");

        assertThat(exceed.support().brokerageThresholdDays()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(exceed.membership().requiredSignatories()).containsExactly(PersonRole.HEAD, PersonRole.CHAIR);
        assertThat(exceed.partnershipLeaderTitle()).isEqualTo("Head of Teaching Schools");
        assertThat(exceed.mou().sections().stream()
                        .mapToInt(s -> s.clauses().size())
                        .sum())
                .isEqualTo(28);
    }

    @Test
    void oldhamSignsByMinuteAndCarriesItsCriteriaAndLadder() {
        AllianceProfile oldham = loader.loadBundled("oldham");

        assertThat(oldham.membership().minuteReferenceRequired()).isTrue();
        assertThat(oldham.membership().dataSharingRequiredForVisibility()).isTrue();
        assertThat(oldham.partnershipLeaderTitle()).isEqualTo("Education Partnership Leader");
        assertThat(oldham.register().criteria())
                .extracting(c -> c.category())
                .contains(SupportCategory.UNIVERSAL, SupportCategory.TARGETED, SupportCategory.INTENSIVE);
        assertThat(oldham.register()
                        .criterion("targeted-ofsted-ri")
                        .orElseThrow()
                        .text())
                .startsWith("Judged as Requiring Improvement by Ofsted");
        assertThat(oldham.register().criteria().stream()
                        .filter(c -> c.category() == SupportCategory.UNIVERSAL)
                        .count())
                .isEqualTo(6);
        assertThat(oldham.engagement().level(1).tell()).contains(Audience.COLLABORATIVE_LEAD);
        assertThat(oldham.engagement().level(2).actions()).contains("Chair of Governors informed.");
        assertThat(oldham.engagement().level(2).tell()).contains(Audience.CHAIR_OF_GOVERNORS);
        assertThat(oldham.engagement().level(3).actions())
                .anyMatch(a -> a.contains("EPL to broker additional support"));
        assertThat(oldham.engagement().level(4).tell()).contains(Audience.DIRECTOR_OR_REGIONAL_OFFICE);
        assertThat(oldham.engagement().level(4).actions()).anyMatch(a -> a.contains("statutory provisions"));
        assertThat(oldham.meetings().reminderLeadTimes()).containsExactly(Duration.ofDays(7), Duration.ofDays(1));
    }

    @Test
    void aNegativeThresholdIsRefusedNamingFileAndField() {
        String yaml = bundledText("bolton").replace("brokerageThresholdDays: 2", "brokerageThresholdDays: -1");

        assertThatThrownBy(() -> loadText(yaml, "bolton.yml"))
                .isInstanceOf(ProfileException.class)
                .hasMessage("bolton.yml: support.brokerageThresholdDays must be 0 or more")
                .satisfies(e -> assertThat(((ProfileException) e).field()).isEqualTo("support.brokerageThresholdDays"));
    }

    @Test
    void anUnknownFieldIsRefusedWithItsPath() {
        String yaml = bundledText("bolton")
                .replace("  annualFeePence: 300000", "  annualFeePence: 300000\n  annualFee: 3000");

        assertThatThrownBy(() -> loadText(yaml, "bolton.yml"))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("bolton.yml: support.annualFee is not a known field")
                .hasMessageContaining("annualFeePence");
    }

    @Test
    void aMissingSectionIsRefused() {
        String yaml = bundledText("exceed").replace("\nsupport:", "\nsupportRules:");

        assertThatThrownBy(() -> loadText(yaml, "exceed.yml"))
                .isInstanceOf(ProfileException.class)
                .hasMessage("exceed.yml: support is required");
    }

    @Test
    void anUnknownTopLevelFieldIsRefused() {
        String yaml = bundledText("exceed") + "\ncolour: blue\n";

        assertThatThrownBy(() -> loadText(yaml, "exceed.yml"))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("exceed.yml: colour is not a known field");
    }

    @Test
    void aMissingRequiredBooleanIsRefusedNotDefaulted() {
        String yaml = bundledText("oldham").replace("  minuteReferenceRequired: true\n", "");

        assertThatThrownBy(() -> loadText(yaml, "oldham.yml"))
                .isInstanceOf(ProfileException.class)
                .hasMessage("oldham.yml: membership.minuteReferenceRequired is required");
    }

    @Test
    void aMissingOrOutOfRangeAssociateLimitIsRefused() {
        String missing = bundledText("oldham").replace("  associateMaxMonths: 6\n", "");
        String tooLong = bundledText("oldham").replace("associateMaxMonths: 6", "associateMaxMonths: 36");

        assertThatThrownBy(() -> loadText(missing, "oldham.yml"))
                .hasMessage("oldham.yml: membership.associateMaxMonths is required");
        assertThatThrownBy(() -> loadText(tooLong, "oldham.yml"))
                .hasMessage("oldham.yml: membership.associateMaxMonths must be between 0 and 24");
    }

    @Test
    void aCriterionCodeListedTwiceIsRefused() {
        String yaml = bundledText("oldham").replace("\"targeted-coasting\"", "\"targeted-ofsted-ri\"");

        assertThatThrownBy(() -> loadText(yaml, "oldham.yml"))
                .isInstanceOf(ProfileException.class)
                .hasMessage("oldham.yml: register.criteria lists the code targeted-ofsted-ri twice");
    }

    @Test
    void aWrongTypeNamesTheFieldAndWhatIsExpected() {
        String yaml = bundledText("bolton").replace("reviewPeriod: \"P1Y\"", "reviewPeriod: \"yearly\"");

        assertThatThrownBy(() -> loadText(yaml, "bolton.yml"))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("bolton.yml: membership.reviewPeriod")
                .hasMessageContaining("P1Y");
    }

    @Test
    void anUnknownRoleNamesTheAllowedValues() {
        String yaml = bundledText("bolton").replace("[HEAD, CHAIR]", "[HEAD, GOVERNOR]");

        assertThatThrownBy(() -> loadText(yaml, "bolton.yml"))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("bolton.yml: membership.requiredSignatories[1] has the value 'GOVERNOR'")
                .hasMessageContaining("HEAD, DEPUTY, CHAIR, DATA_CONTACT");
    }

    @Test
    void aKeyWrittenTwiceIsRefusedRatherThanSilentlyOverridden() {
        String yaml = bundledText("bolton")
                .replace("  deputyAllowancePerYear: 1\n", "  deputyAllowancePerYear: 1\n  deputyAllowancePerYear: 5\n");

        assertThatThrownBy(() -> loadText(yaml, "bolton.yml"))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("bolton.yml: ")
                .hasMessageContaining("deputyAllowancePerYear");
    }

    @Test
    void aBadTimeZoneIsRefused() {
        String yaml = bundledText("bolton").replace("Europe/London", "Europe/Lundun");

        assertThatThrownBy(() -> loadText(yaml, "bolton.yml"))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("bolton.yml: timeZone");
    }

    @Test
    void aBlankClauseIsRefusedWithWhereItIs() {
        String yaml = bundledText("bolton").replace("\"We will show respect to colleagues at all times\"", "\"  \"");

        assertThatThrownBy(() -> loadText(yaml, "bolton.yml"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("bolton.yml: mou clause 12 has no text")
                .hasMessageContaining("mou.sections[1].clauses[0]");
    }

    @Test
    void brokenYamlSaysWhere() {
        assertThatThrownBy(() -> loadText("id: 'bolton\nname: x\n", "broken.yml"))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("broken.yml: is not valid YAML at line");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> loadText("", "empty.yml"))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("empty.yml: ");
    }

    @Test
    void loadsFromAFileAndNamesAMissingOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("custom.yml");
        Files.writeString(file, bundledText("exceed").replace("id: exceed", "id: custom"));

        assertThat(loader.load(file).id()).isEqualTo("custom");
        assertThatThrownBy(() -> loader.load(dir.resolve("absent.yml")))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("absent.yml: file not found");
    }

    @Test
    void anUnknownOrMalformedBundledNameIsRefused() {
        assertThatThrownBy(() -> loader.loadBundled("lincoln"))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("lincoln.yml: no bundled profile");
        assertThatThrownBy(() -> loader.loadBundled("../secret"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("not a profile name");
    }

    private AllianceProfile loadText(String yaml, String source) {
        return loader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), source);
    }

    private static String bundledText(String name) {
        try (InputStream in =
                ProfileLoaderTest.class.getClassLoader().getResourceAsStream("profiles/" + name + ".yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
