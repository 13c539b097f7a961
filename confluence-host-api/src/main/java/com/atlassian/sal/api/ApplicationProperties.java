package com.atlassian.sal.api;

/**
 * Facts about the host application (only the member the plugin uses is declared).
 *
 * @see <a href="https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/ApplicationProperties.html">ApplicationProperties javadoc</a>
 */
public interface ApplicationProperties {

    /** The base URL; with {@link UrlMode#RELATIVE} just the context path, such as "/confluence" or "". */
    String getBaseUrl(UrlMode urlMode);
}
