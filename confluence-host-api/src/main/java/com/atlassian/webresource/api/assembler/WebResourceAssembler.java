package com.atlassian.webresource.api.assembler;

/**
 * Collects the resources a page needs (only the member the plugin uses is declared).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-plugins-webresource/latest/com/atlassian/webresource/api/assembler/WebResourceAssembler.html">WebResourceAssembler javadoc</a>
 */
public interface WebResourceAssembler {

    RequiredResources resources();
}
