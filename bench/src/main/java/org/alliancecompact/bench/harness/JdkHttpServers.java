package org.alliancecompact.bench.harness;

/**
 * The JDK's built-in HTTP server (used by the floor server, the slow Confluence and the plugin's preview
 * server) writes a response's headers and body separately with Nagle's algorithm on, so every response
 * with a body waits about 40 ms for the client's delayed ACK. Real servers (Jetty, Tomcat) set
 * TCP_NODELAY; this does the same for the JDK's. It must run before the first such server starts,
 * because the JDK reads the setting once.
 */
public final class JdkHttpServers {
    private JdkHttpServers() {}

    public static void noDelay() {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }
}
