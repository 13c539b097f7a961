package org.alliancecompact.slack.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.alliancecompact.model.api.MemberDto;
import org.junit.jupiter.api.Test;

/** Found by a newcomer: "for Westhoughton" was refused though only Westhoughton High School is called so. */
class OrganisationNamesTest {

    private static MemberDto member(String id, String name) {
        return new MemberDto(id, name, null, null, null, null, List.of());
    }

    private static final List<MemberDto> MEMBERS = List.of(
            member("westhoughton", "Westhoughton High School"),
            member("smithills", "Smithills School"),
            member("st-james", "St James's Church of England High School"),
            member("st-joseph", "St Joseph's RC High School"));

    @Test
    void theIdTheWholeNameOrAnUnambiguousLeadingPartNamesTheOrganisationWhateverTheCase() {
        assertThat(OrganisationNames.match(MEMBERS, "smithills").id()).isEqualTo("smithills");
        assertThat(OrganisationNames.match(MEMBERS, "SMITHILLS SCHOOL").id()).isEqualTo("smithills");
        assertThat(OrganisationNames.match(MEMBERS, "Westhoughton").id()).isEqualTo("westhoughton");
        assertThat(OrganisationNames.match(MEMBERS, " westhoughton  high ").id())
                .isEqualTo("westhoughton");
    }

    @Test
    void aLeadingPartIsWholeWordsAndNoneSaysNoMemberIsCalledSo() {
        assertThatThrownBy(() -> OrganisationNames.match(MEMBERS, "West"))
                .hasMessage("No member organisation is called \u201cWest\u201d.");
        assertThatThrownBy(() -> OrganisationNames.match(MEMBERS, "Nowhere School"))
                .hasMessage("No member organisation is called \u201cNowhere School\u201d.");
        assertThat(OrganisationNames.find(MEMBERS, "Nowhere School")).isEmpty();
    }

    @Test
    void anAmbiguousLeadingPartNamesTheCandidates() {
        assertThatThrownBy(() -> OrganisationNames.find(MEMBERS, "st"))
                .hasMessage("\u201cst\u201d could be St James's Church of England High School or St Joseph's RC High"
                        + " School: type more of the name.");
    }
}
