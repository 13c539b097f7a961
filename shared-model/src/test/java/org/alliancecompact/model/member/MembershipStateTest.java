package org.alliancecompact.model.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MembershipStateTest {

    @Test
    void fullAndAssociateMembersAreCurrentThoseWhoLeftOrWereDeDesignatedAreNot() {
        assertThat(MembershipState.FULL.isCurrent()).isTrue();
        assertThat(MembershipState.ASSOCIATE.isCurrent()).isTrue();
        assertThat(MembershipState.LEFT.isCurrent()).isFalse();
        assertThat(MembershipState.DE_DESIGNATED.isCurrent()).isFalse();
    }
}
