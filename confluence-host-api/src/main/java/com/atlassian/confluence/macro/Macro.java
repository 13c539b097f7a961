package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/**
 * An XHTML macro, as declared by Confluence.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/macro/Macro.html">Macro javadoc</a>
 */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/macro/Macro.BodyType.html">Macro.BodyType</a> */
    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }

    /** @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/macro/Macro.OutputType.html">Macro.OutputType</a> */
    enum OutputType {
        INLINE,
        BLOCK
    }
}
