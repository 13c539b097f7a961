package com.atlassian.confluence.content.render.xhtml;

/**
 * The context a macro renders in (only the member the plugin uses is declared).
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/content/render/xhtml/ConversionContext.html">ConversionContext javadoc</a>
 */
public interface ConversionContext {

    /** "display", "preview", "pdf", "word", "email", ... (ConversionContextOutputType values). */
    String getOutputType();
}
