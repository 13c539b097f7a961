package org.alliancecompact.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancecompact.model.member.Member;
import org.alliancecompact.model.member.OrganisationKind;
import org.alliancecompact.model.member.Person;
import org.alliancecompact.model.member.PersonRole;
import org.alliancecompact.model.member.Phase;
import org.alliancecompact.model.profile.ProfileLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 17 "Demo data per profile": each seed alliance's demo as its own document describes it. */
class DemoAllianceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static List<String> profiles() {
        return ProfileLoader.BUNDLED;
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void every_bundled_profile_has_a_demo_of_its_own_with_heads_chairs_coordinators_and_a_leader(String profile) {
        DemoAlliance demo = DemoAlliance.of(profile, TODAY);
        assertThat(DemoAlliance.PROFILES).contains(profile);
        assertThat(demo.members()).hasSizeGreaterThanOrEqualTo(5);
        for (Member m : demo.members()) {
            assertThat(m.people()).extracting(Person::role).contains(PersonRole.HEAD, PersonRole.CHAIR);
            assertThat(m.people()).allSatisfy(p -> assertThat(p.name()).isNotBlank());
        }
        assertThat(demo.coordinatorEmails())
                .contains(DemoAlliance.COORDINATOR_EMAIL)
                .hasSize(2);
        assertThat(demo.partnershipLeaderEmails()).containsExactly(DemoAlliance.LEADER_EMAIL);
        assertThat(demo.staff()).allSatisfy(s -> assertThat(s.name()).isNotBlank());
        assertThat(demo.nameOf("COORDINATOR@alliance.example")).isPresent();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    @DisplayName("issue 15: one executive head leads two of the demo's organisations")
    void one_executive_head_of_two_organisations(String profile) {
        Map<String, Long> headships = DemoAlliance.of(profile, TODAY).members().stream()
                .flatMap(m -> m.people().stream())
                .filter(p -> p.role() == PersonRole.HEAD)
                .collect(Collectors.groupingBy(Person::email, Collectors.counting()));
        assertThat(headships.values().stream().filter(n -> n == 2)).hasSize(1);
    }

    @Test
    void the_demos_differ_by_alliance() {
        Set<Set<String>> ids = profiles().stream()
                .map(p -> DemoAlliance.of(p, TODAY).members().stream()
                        .map(Member::id)
                        .collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        assertThat(ids).hasSize(profiles().size());
    }

    @Test
    @DisplayName("Oldham MOU: \"Schools, Colleges, Early Years Settings and Children's Centres\"")
    void oldham_has_early_years_settings_childrens_centres_schools_and_a_college() {
        assertThat(kinds("oldham"))
                .contains(
                        OrganisationKind.EARLY_YEARS_SETTING,
                        OrganisationKind.CHILDRENS_CENTRE,
                        OrganisationKind.SCHOOL,
                        OrganisationKind.COLLEGE);
    }

    @Test
    @DisplayName("Exceed MOU 2: \"its formal partner schools and multi-academy trusts\"")
    void exceed_has_academies_and_a_trust() {
        assertThat(kinds("exceed")).containsOnly(OrganisationKind.ACADEMY, OrganisationKind.TRUST);
    }

    @Test
    @DisplayName("Bolton protocols 4: \"all Bolton's secondary schools\" (Pre 16; its college the one partner beyond)")
    void bolton_is_its_secondary_schools() {
        Map<Phase, Long> phases = DemoAlliance.of("bolton", TODAY).members().stream()
                .collect(Collectors.groupingBy(Member::phase, Collectors.counting()));
        assertThat(phases.keySet()).containsOnly(Phase.SECONDARY, Phase.POST_16);
        assertThat(phases.get(Phase.POST_16)).isEqualTo(1);
    }

    @Test
    void a_profile_given_as_a_file_gets_boltons_members() {
        assertThat(DemoAlliance.of("my-alliance", TODAY).members())
                .extracting(Member::id)
                .isEqualTo(DemoAlliance.of("bolton", TODAY).members().stream()
                        .map(Member::id)
                        .toList());
    }

    private static Set<OrganisationKind> kinds(String profile) {
        return DemoAlliance.of(profile, TODAY).members().stream()
                .map(Member::kind)
                .collect(Collectors.toSet());
    }
}
