package org.alliancecompact.confluence.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.ws.rs.core.HttpHeaders;
import org.alliancecompact.confluence.Fixtures;
import org.alliancecompact.confluence.refusal.InvalidInput;
import org.alliancecompact.confluence.refusal.NotAllowed;
import org.alliancecompact.confluence.refusal.NotSignedIn;
import org.alliancecompact.confluence.refusal.Refusal;
import org.alliancecompact.confluence.storage.ao.AoCompactStore;
import org.alliancecompact.model.member.PersonRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Caller resolution from Confluence's UserManager (mocked host service) and the Access checks. */
class AccessTest {

    private final UserKey key = new UserKey("u1");
    private UserManager users;
    private HttpHeaders headers;
    private Access access;

    @BeforeEach
    void setUp() {
        users = mock(UserManager.class);
        headers = mock(HttpHeaders.class);
        AoCompactStore store = Fixtures.freshStore();
        store.createMember(Fixtures.member("other", "Other School", "other@school.example", PersonRole.HEAD));
        access = new Access(new SalCallerSource(users), store);
    }

    private void signedIn(String email, boolean coordinator, boolean integration) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(key);
        when(profile.getEmail()).thenReturn(email);
        when(profile.getFullName()).thenReturn("Full Name");
        when(users.getRemoteUser()).thenReturn(profile);
        when(users.isUserInGroup(key, Groups.COORDINATORS)).thenReturn(coordinator);
        when(users.isUserInGroup(key, Groups.INTEGRATION)).thenReturn(integration);
    }

    /** The kind of refusal {@code r} meets, or null when it passes. */
    private static Class<? extends Refusal> status(Runnable r) {
        try {
            r.run();
            return null;
        } catch (Refusal e) {
            return e.getClass();
        }
    }

    @Test
    void anonymousCallersAreNotSignedIn() {
        assertThat(status(() -> access.caller(headers))).isEqualTo(NotSignedIn.class);
        assertThat(status(() -> access.viewer(headers, null))).isEqualTo(NotSignedIn.class);
    }

    @Test
    void theSessionUserIsTheCallerWithTheirGroups() {
        signedIn("Head@School.Example", true, false);
        Caller caller = access.caller(headers);
        assertThat(caller.email()).isEqualTo("head@school.example");
        assertThat(caller.coordinator()).isTrue();
        assertThat(caller.integration()).isFalse();
        // Matched to people by the key SAL reports, never by the e-mail the user may edit.
        assertThat(caller.userKey()).isEqualTo(key.getStringValue());
        assertThat(caller.identity().userKey()).isEqualTo(key.getStringValue());
        assertThat(caller.identity().email()).isNull();
    }

    @Test
    void stateChangingCallsNeedTheXsrfHeader() {
        signedIn("coord@alliance.example", true, false);
        assertThat(status(() -> access.changer(headers))).isEqualTo(NotAllowed.class);
        when(headers.getHeaderString(Access.XSRF_HEADER)).thenReturn("nocheck");
        assertThat(status(() -> access.changer(headers))).isEqualTo(NotAllowed.class);
        when(headers.getHeaderString(Access.XSRF_HEADER)).thenReturn("no-check");
        assertThat(access.coordinator(headers).email()).isEqualTo("coord@alliance.example");
    }

    @Test
    void groupsGateCoordinatorAndIntegrationCalls() {
        signedIn("head@school.example", false, false);
        when(headers.getHeaderString(Access.XSRF_HEADER)).thenReturn("no-check");
        assertThat(status(() -> access.coordinator(headers))).isEqualTo(NotAllowed.class);
        assertThat(status(() -> access.integration(headers))).isEqualTo(NotAllowed.class);
    }

    @Test
    void onlyTheIntegrationUserReadsOnBehalfOfSomeoneAndGetsNoGroupRightsForThem() {
        signedIn("head@school.example", false, false);
        assertThat(status(() -> access.viewer(headers, "other@school.example"))).isEqualTo(NotAllowed.class);
        // Issue 15: the contract reserves ?viewer= for the integration account, coordinators included.
        signedIn("coord@alliance.example", true, false);
        assertThat(status(() -> access.viewer(headers, "other@school.example"))).isEqualTo(NotAllowed.class);

        signedIn("bot@alliance.example", false, true);
        Caller viewer = access.viewer(headers, "Other@School.example");
        assertThat(viewer.email()).isEqualTo("other@school.example");
        assertThat(viewer.integration()).isFalse();
        assertThat(viewer.coordinator()).isFalse();
        // Someone listed nowhere is refused, by name (the newcomer's finding 1).
        assertThatThrownBy(() -> access.viewer(headers, "nobody@nowhere.example"))
                .isInstanceOf(NotAllowed.class)
                .hasMessageContaining("nobody@nowhere.example is not a person of this alliance");
        assertThatThrownBy(() -> access.viewer(headers, "not-an-email"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("viewer"));
    }
}
