/**
 * The Active Objects service outside Confluence: the real Active Objects library (6.1.1, the one
 * Confluence's AO plugin wraps) behind the {@code ActiveObjects} interface the plugin's store uses, with
 * Confluence's table names and its way of running upgrade tasks. The preview server, the tests and the
 * bench run the plugin's one store, {@code AoCompactStore}, on it.
 *
 * <p>It lives under {@code preview} because inside Confluence the host's AO plugin plays this part: the
 * package is left out of the bundle jar with the rest of the preview server, so the bundle neither
 * embeds nor imports the library's internals ({@code net.java.ao.db}, {@code net.java.ao.atlassian}, ...).
 */
package org.alliancecompact.confluence.preview.ao;
