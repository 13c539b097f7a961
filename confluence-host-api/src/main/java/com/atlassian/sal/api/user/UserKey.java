package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * The stable key of a user.
 *
 * @see <a href="https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/user/UserKey.html">UserKey javadoc</a>
 */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public static UserKey fromLong(long userkey) {
        return new UserKey(Long.toString(userkey));
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey other && other.userkey.equals(userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
