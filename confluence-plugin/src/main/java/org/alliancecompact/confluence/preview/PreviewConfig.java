package org.alliancecompact.confluence.preview;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancecompact.model.demo.DemoAlliance;

/**
 * The preview server's settings, from environment variables (all optional).
 *
 * <ul>
 *   <li>{@code PREVIEW_PORT}: port on 127.0.0.1 (8090; 0 picks a free one)
 *   <li>{@code ALLIANCE_PROFILE}: bundled profile name or YAML path (bolton)
 *   <li>{@code PREVIEW_DB}: JDBC URL (H2 file under ./data/preview)
 *   <li>{@code PREVIEW_INTEGRATION_TOKEN}: Bearer token of the bot's integration user (made at random on
 *       first start and kept in {@code PREVIEW_DATA/integration-token}, see {@link IntegrationToken})
 *   <li>{@code PREVIEW_DATA}: the folder for that token (./data/preview)
 *   <li>{@code PREVIEW_HOSTS}: extra Host names the server answers to, comma-separated (none: only
 *       127.0.0.1, localhost and [::1], see {@link HostCheck})
 *   <li>{@code PREVIEW_TOKENS}: more Bearer tokens, {@code token=email,token2=email2}
 *   <li>{@code PREVIEW_DEMO}: the demo alliance an empty database gets, by profile id, or {@code none} (the
 *       running profile's own, see {@link org.alliancecompact.model.demo.DemoAlliance})
 *   <li>{@code PREVIEW_COORDINATORS}: e-mails of coordinators, comma-separated (the demo's two, coordinator@alliance.example and coordinator2@alliance.example)
 * </ul>
 */
public record PreviewConfig(
        int port,
        String profile,
        String jdbcUrl,
        Map<String, String> tokens,
        Set<String> coordinators,
        String integrationEmail,
        String demo) {

    public static final String DEFAULT_INTEGRATION_TOKEN = "compact-bot-local-token";
    public static final String INTEGRATION_EMAIL = "bot@alliance.example";
    public static final String COORDINATOR_EMAIL = "coordinator@alliance.example";

    /**
     * As before the demo followed the profile: {@code seedDemoData} seeds Bolton's demo members whatever
     * the profile (the plugin's test fixtures are Bolton's schools).
     */
    public PreviewConfig(
            int port,
            String profile,
            String jdbcUrl,
            Map<String, String> tokens,
            Set<String> coordinators,
            String integrationEmail,
            boolean seedDemoData) {
        this(port, profile, jdbcUrl, tokens, coordinators, integrationEmail, seedDemoData ? "bolton" : null);
    }

    /** Whether an empty database gets the demo alliance. */
    public boolean seedDemoData() {
        return demo != null;
    }

    public PreviewConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("PREVIEW_PORT must be 0 to 65535: " + port);
        }
        tokens = Map.copyOf(tokens);
        coordinators = coordinators.stream()
                .map(e -> e.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static PreviewConfig fromEnvironment(Map<String, String> env) {
        int port;
        try {
            port = Integer.parseInt(env.getOrDefault("PREVIEW_PORT", "8090").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PREVIEW_PORT must be a number: " + env.get("PREVIEW_PORT"));
        }
        Map<String, String> tokens = new LinkedHashMap<>(parseTokens(env.getOrDefault("PREVIEW_TOKENS", "")));
        String integrationToken = env.get("PREVIEW_INTEGRATION_TOKEN");
        if (integrationToken == null || integrationToken.isBlank()) {
            integrationToken = IntegrationToken.readOrCreate(
                    java.nio.file.Path.of(env.getOrDefault("PREVIEW_DATA", "./data/preview"), "integration-token"));
        }
        tokens.put(integrationToken.strip(), INTEGRATION_EMAIL);
        Set<String> coordinators = Set.of(env.getOrDefault(
                        "PREVIEW_COORDINATORS",
                        String.join(",", DemoAlliance.COORDINATOR_EMAIL, DemoAlliance.SECOND_COORDINATOR_EMAIL))
                .split(","));
        String profile = env.getOrDefault("ALLIANCE_PROFILE", "bolton");
        return new PreviewConfig(
                port,
                profile,
                env.getOrDefault("PREVIEW_DB", "jdbc:h2:file:./data/preview/compact"),
                tokens,
                coordinators.stream().filter(s -> !s.isBlank()).collect(Collectors.toSet()),
                INTEGRATION_EMAIL,
                // the running alliance's own demo (issue 17: it was Bolton's whatever the profile)
                demo(env, profile));
    }

    /**
     * The demo an empty database gets: {@code PREVIEW_DEMO} (a demo's profile id such as "bolton", or "none"),
     * else the running profile's own.
     */
    static String demo(Map<String, String> env, String profile) {
        String demo = env.getOrDefault("PREVIEW_DEMO", "").strip();
        if (demo.equals("none")) {
            return null;
        }
        return demo.isEmpty()
                ? org.alliancecompact.confluence.service.ProfileSource.named(profile)
                        .profile()
                        .id()
                : demo;
    }

    /** Extra Host names from {@code PREVIEW_HOSTS} (lower case, with their port when given). */
    public static java.util.Set<String> extraHosts(Map<String, String> env) {
        return java.util.Arrays.stream(env.getOrDefault("PREVIEW_HOSTS", "").split(","))
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** For tests: as {@link #forTest} with the profile's own demo alliance, as {@code scripts/run.sh} starts. */
    public static PreviewConfig forDemo(String profile, String dbName) {
        PreviewConfig c = forTest(profile, dbName);
        return new PreviewConfig(
                c.port,
                profile,
                c.jdbcUrl,
                c.tokens,
                c.coordinators,
                c.integrationEmail,
                org.alliancecompact.confluence.service.ProfileSource.named(profile)
                        .profile()
                        .id());
    }

    /** For tests: in-memory database, free port, the given profile, Bolton's demo members (the fixtures). */
    public static PreviewConfig forTest(String profile, String dbName) {
        return new PreviewConfig(
                0,
                profile,
                "jdbc:h2:mem:" + dbName + ";DB_CLOSE_DELAY=-1",
                Map.of(DEFAULT_INTEGRATION_TOKEN, INTEGRATION_EMAIL),
                Set.of(COORDINATOR_EMAIL),
                INTEGRATION_EMAIL,
                true);
    }

    static Map<String, String> parseTokens(String spec) {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("PREVIEW_TOKENS must look like token=email,token2=email2");
            }
            tokens.put(
                    pair.substring(0, eq).trim(), pair.substring(eq + 1).trim().toLowerCase(Locale.ROOT));
        }
        return tokens;
    }
}
