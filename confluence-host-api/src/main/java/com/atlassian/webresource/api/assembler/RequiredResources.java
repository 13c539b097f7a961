package com.atlassian.webresource.api.assembler;

/**
 * The resources required so far (only the member the plugin uses is declared).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-plugins-webresource/latest/com/atlassian/webresource/api/assembler/RequiredResources.html">RequiredResources javadoc</a>
 */
public interface RequiredResources {

    /** Requires the web resource with this complete key ("plugin.key:module-key"). */
    RequiredResources requireWebResource(String moduleCompleteKey);
}
