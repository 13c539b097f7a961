package org.alliancecompact.model.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LadderVisibilityTest {

    @Test
    void coordinatorsSeeEveryOrganisation() {
        assertThat(LadderVisibility.canSee(true, null, "smithills")).isTrue();
        assertThat(LadderVisibility.canSee(true, "ladybridge", "smithills")).isTrue();
    }

    @Test
    void aMembersPeopleSeeTheirOwnOrganisationOnly() {
        assertThat(LadderVisibility.canSee(false, "smithills", "smithills")).isTrue();
        assertThat(LadderVisibility.canSee(false, "ladybridge", "smithills")).isFalse();
        assertThat(LadderVisibility.canSee(false, null, "smithills")).isFalse();
    }
}
