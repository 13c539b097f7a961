package org.alliancecompact.bench.plugin;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.time.Clock;
import org.alliancecompact.confluence.storage.CompactStore;

/**
 * The plugin's preview server, started in this JVM. Reached by reflection because the plugin's jar
 * leaves the preview package out (it never runs inside Confluence), so it is not on the compile
 * classpath when the reactor builds jars; {@code scripts/bench.sh} puts the plugin's classes
 * directory on the run-time classpath, where it is.
 */
public final class PreviewServerHandle implements AutoCloseable {
    private static final String PREVIEW = "org.alliancecompact.confluence.preview.";

    private final AutoCloseable server;
    private final URI baseUri;
    private final CompactStore store;

    private PreviewServerHandle(AutoCloseable server, URI baseUri, CompactStore store) {
        this.server = server;
        this.baseUri = baseUri;
        this.store = store;
    }

    /**
     * {@code PreviewServer.start(PreviewConfig.forTest(profile, db), clock)}: a free port on
     * 127.0.0.1, H2 in memory, the integration token {@link #INTEGRATION_TOKEN}, the demo members.
     */
    public static PreviewServerHandle start(String profile, String db) throws Exception {
        try {
            Class<?> configType = Class.forName(PREVIEW + "PreviewConfig");
            Class<?> serverType = Class.forName(PREVIEW + "PreviewServer");
            Object config =
                    configType.getMethod("forTest", String.class, String.class).invoke(null, profile, db);
            Object server =
                    serverType.getMethod("start", configType, Clock.class).invoke(null, config, Clock.systemUTC());
            URI base = (URI) serverType.getMethod("baseUri").invoke(server);
            Object app = serverType.getMethod("app").invoke(server);
            CompactStore store = (CompactStore) app.getClass().getField("store").get(app);
            return new PreviewServerHandle((AutoCloseable) server, base, store);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "the preview server's classes are not on the classpath: run through scripts/bench.sh", e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** {@code PreviewConfig.DEFAULT_INTEGRATION_TOKEN}: the bot's token, honoured with {@code ?viewer=}. */
    public static final String INTEGRATION_TOKEN = "compact-bot-local-token";

    public URI baseUri() {
        return baseUri;
    }

    public CompactStore store() {
        return store;
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
