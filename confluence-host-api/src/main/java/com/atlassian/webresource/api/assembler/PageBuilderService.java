package com.atlassian.webresource.api.assembler;

/**
 * Gives the assembler of the page being rendered, so a macro can require its web resources.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-plugins-webresource/latest/com/atlassian/webresource/api/assembler/PageBuilderService.html">PageBuilderService javadoc</a>
 */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
