package com.atlassian.plugin.util;

/**
 * Stand-in for the Atlassian plugin framework's record of which plugin is calling
 * ({@code com.atlassian.plugins:atlassian-plugins-api}, not on Maven Central). Active Objects 6.1.1's
 * {@code EntityManager} asks it for the calling plugin's key only to tag its profiling metrics (see
 * {@link com.atlassian.util.profiling.Metrics}). Outside Confluence there is no plugin framework, so there
 * is no key. Inside Confluence the host's real class is used: this jar is never embedded in the bundle.
 */
public final class PluginKeyStack {

    private PluginKeyStack() {}

    /** The key of the outermost plugin on this thread's call stack; none outside Confluence. */
    public static String getFirstPluginKey() {
        return null;
    }
}
