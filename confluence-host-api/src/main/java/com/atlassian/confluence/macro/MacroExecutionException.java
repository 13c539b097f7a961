package com.atlassian.confluence.macro;

/**
 * Thrown by a macro that cannot render.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/macro/MacroExecutionException.html">MacroExecutionException javadoc</a>
 */
public class MacroExecutionException extends Exception {

    public MacroExecutionException() {
        super();
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
