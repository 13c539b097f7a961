package com.atlassian.sal.api.user;

/**
 * A user's profile (only the members the plugin uses are declared).
 *
 * @see <a href="https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/user/UserProfile.html">UserProfile javadoc</a>
 */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}
