package org.alliancecompact.confluence.permission;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * The caller inside Confluence: SAL's remote user, who is the session user or the owner of the personal
 * access token (Bearer) the request carried. Confluence has authenticated them before we are called.
 */
public final class SalCallerSource implements CallerSource {

    private final UserManager userManager;

    public SalCallerSource(UserManager userManager) {
        this.userManager = Objects.requireNonNull(userManager, "userManager");
    }

    @Override
    public Optional<Caller> caller(HttpHeaders headers) {
        UserProfile user = userManager.getRemoteUser();
        if (user == null
                || user.getUserKey() == null
                || user.getEmail() == null
                || user.getEmail().isBlank()) {
            return Optional.empty();
        }
        // Matched to people by the key only: the profile e-mail may be edited by its owner.
        return Optional.of(Caller.confluenceUser(
                user.getUserKey().getStringValue(),
                user.getEmail(),
                user.getFullName(),
                userManager.isUserInGroup(user.getUserKey(), Groups.COORDINATORS),
                userManager.isUserInGroup(user.getUserKey(), Groups.INTEGRATION)));
    }
}
