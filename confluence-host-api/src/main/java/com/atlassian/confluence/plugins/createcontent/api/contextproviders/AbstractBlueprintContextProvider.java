package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

/**
 * Base class of a blueprint's context provider: Confluence calls {@link #updateBlueprintContext} when
 * someone creates a page from the blueprint (only the member the plugin uses is declared).
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/plugins/createcontent/api/contextproviders/AbstractBlueprintContextProvider.html">AbstractBlueprintContextProvider javadoc</a>
 */
public abstract class AbstractBlueprintContextProvider {

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
