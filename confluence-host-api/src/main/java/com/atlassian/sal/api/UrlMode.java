package com.atlassian.sal.api;

/**
 * How a base URL is to be given.
 *
 * @see <a href="https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/UrlMode.html">UrlMode javadoc</a>
 */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    CANONICAL,
    AUTO
}
