package com.atlassian.sal.api.user;

/**
 * The host's view of users and groups (only the members the plugin uses are declared). The remote user
 * is the session user or the owner of a personal access token.
 *
 * @see <a href="https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/user/UserManager.html">UserManager javadoc</a>
 */
public interface UserManager {

    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);
}
