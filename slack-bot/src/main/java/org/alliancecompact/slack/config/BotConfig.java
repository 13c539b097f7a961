package org.alliancecompact.slack.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The bot's settings, from environment variables and, under them, an optional properties file with
 * the same keys ({@code BOT_CONFIG} names it; otherwise {@code ./alliance-bot.properties} if present).
 * Environment variables win, so a deployment can override one key without editing the file.
 *
 * <p>With no Slack credential at all the bot runs in {@link Mode#CONSOLE}: a person types
 * {@code /alliance} commands on the terminal and the same listeners answer.
 *
 * <p>{@link #toString()} never shows a token, secret or database password.
 */
public record BotConfig(
        Mode mode,
        String slackBotToken,
        String slackSigningSecret,
        String slackAppToken,
        URI slackApiUrl,
        URI confluenceUrl,
        String confluenceToken,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        int port,
        String bindAddress,
        String allianceProfile,
        String supportChannel,
        List<String> coordinatorEmails,
        List<String> partnershipLeaderEmails,
        List<String> directorEmails,
        URI mouPageUrl,
        Map<String, String> names) {

    /** How Slack reaches the bot. */
    public enum Mode {
        /** Slack posts to {@code /slack/events}; requests are signed with the signing secret. */
        HTTP,
        /** The bot opens a WebSocket to Slack with the app-level token; no public URL needed. */
        SOCKET,
        /** No Slack at all: commands typed on the terminal, replies printed. */
        CONSOLE
    }

    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";
    public static final String DEFAULT_DATABASE_URL = "jdbc:h2:file:./data/bot/alliance-bot";
    public static final String DEFAULT_PROFILE = "bolton";
    public static final String DEFAULT_FILE = "alliance-bot.properties";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CHANNEL = Pattern.compile("#?[a-z0-9][a-z0-9_-]{0,79}|[CG][A-Z0-9]{6,}");

    public BotConfig {
        coordinatorEmails = List.copyOf(coordinatorEmails);
        partnershipLeaderEmails = List.copyOf(partnershipLeaderEmails);
        directorEmails = List.copyOf(directorEmails);
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    /**
     * The name the settings give the person with this email ({@code COORDINATOR_EMAILS="Cora Jones
     * <cora@alliance.org>"}), if any.
     */
    public Optional<String> nameOf(String email) {
        return email == null ? Optional.empty() : Optional.ofNullable(names.get(email.toLowerCase(Locale.ROOT)));
    }

    /** Reads the process environment (and the optional file). */
    public static BotConfig fromEnvironment() {
        return load(System.getenv());
    }

    /** Reads {@code env} over the optional properties file it names. */
    public static BotConfig load(Map<String, String> env) {
        return from(settings(env));
    }

    /**
     * The settings {@link #load} validates: the optional properties file with {@code env} over it
     * (blank values dropped). Settings read outside this record (the operator clock, OPERATOR_TOKEN)
     * come from here too, so they may be in the file as well.
     */
    public static Map<String, String> settings(Map<String, String> env) {
        Map<String, String> settings = new HashMap<>();
        String file = blankToNull(env.get("BOT_CONFIG"));
        Path path = Path.of(file == null ? DEFAULT_FILE : file);
        if (file != null && !Files.isRegularFile(path)) {
            throw new ConfigException("BOT_CONFIG names a file that does not exist: " + path);
        }
        if (Files.isRegularFile(path)) {
            settings.putAll(readProperties(path));
        }
        env.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                settings.put(k, v);
            }
        });
        return settings;
    }

    /** Validates one map of settings; every problem is a {@link ConfigException} naming its key. */
    public static BotConfig from(Map<String, String> s) {
        String botToken = value(s, "SLACK_BOT_TOKEN");
        String signingSecret = value(s, "SLACK_SIGNING_SECRET");
        String appToken = value(s, "SLACK_APP_TOKEN");
        Mode mode;
        if (botToken == null && signingSecret == null && appToken == null) {
            mode = Mode.CONSOLE;
        } else {
            if (botToken == null) {
                throw new ConfigException("SLACK_BOT_TOKEN is missing (the bot token, xoxb-...)");
            }
            if (!botToken.startsWith("xoxb-")) {
                throw new ConfigException("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
            }
            if (appToken != null) {
                if (!appToken.startsWith("xapp-")) {
                    throw new ConfigException("SLACK_APP_TOKEN must be an app-level token starting with xapp-");
                }
                mode = Mode.SOCKET;
            } else {
                if (signingSecret == null) {
                    throw new ConfigException(
                            "SLACK_SIGNING_SECRET is missing (needed to verify requests in HTTP mode)");
                }
                mode = Mode.HTTP;
            }
            if (signingSecret != null && !signingSecret.matches("[0-9a-fA-F]{16,128}")) {
                throw new ConfigException("SLACK_SIGNING_SECRET must be the hexadecimal signing secret from the app's"
                        + " Basic Information page");
            }
        }
        URI slackApi = httpUri(s, "SLACK_API_URL", DEFAULT_SLACK_API_URL, true);
        URI confluence = httpUri(s, "CONFLUENCE_URL", null, false);
        if (confluence == null) {
            throw new ConfigException(
                    "CONFLUENCE_URL is missing (the Confluence base URL, such as https://wiki.example.org)");
        }
        String confluenceToken = value(s, "CONFLUENCE_TOKEN");
        if (confluenceToken == null) {
            throw new ConfigException(
                    "CONFLUENCE_TOKEN is missing (a personal access token of the bot's Confluence user)");
        }
        String db = orDefault(value(s, "DATABASE_URL"), DEFAULT_DATABASE_URL);
        if (!db.startsWith("jdbc:h2:") && !db.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("DATABASE_URL must be a JDBC URL starting with jdbc:postgresql: or jdbc:h2:");
        }
        int port = port(s);
        String bind = orDefault(value(s, "BIND_ADDRESS"), "0.0.0.0");
        String profile = orDefault(value(s, "ALLIANCE_PROFILE"), DEFAULT_PROFILE);
        String channel = orDefault(value(s, "SUPPORT_CHANNEL"), "#improvement-group");
        if (!CHANNEL.matcher(channel).matches()) {
            throw new ConfigException("SUPPORT_CHANNEL must be a channel name (#improvement-group) or ID (C0123ABCD)");
        }
        URI mouPage = httpUri(s, "MOU_PAGE_URL", confluence.toString(), false);
        return new BotConfig(
                mode,
                botToken,
                signingSecret,
                appToken,
                slackApi,
                confluence,
                confluenceToken,
                db,
                value(s, "DATABASE_USER"),
                value(s, "DATABASE_PASSWORD"),
                port,
                bind,
                profile,
                channel,
                emails(s, "COORDINATOR_EMAILS"),
                emails(s, "PARTNERSHIP_LEADER_EMAILS"),
                emails(s, "DIRECTOR_EMAILS"),
                mouPage,
                names(s, "COORDINATOR_EMAILS", "PARTNERSHIP_LEADER_EMAILS", "DIRECTOR_EMAILS"));
    }

    public boolean isCoordinator(String email) {
        return email != null && coordinatorEmails.contains(email.toLowerCase(Locale.ROOT));
    }

    /** A copy with another database and port (tests and the console use their own). */
    public BotConfig withDatabase(String url, String user, String password) {
        return new BotConfig(
                mode,
                slackBotToken,
                slackSigningSecret,
                slackAppToken,
                slackApiUrl,
                confluenceUrl,
                confluenceToken,
                url,
                user,
                password,
                port,
                bindAddress,
                allianceProfile,
                supportChannel,
                coordinatorEmails,
                partnershipLeaderEmails,
                directorEmails,
                mouPageUrl,
                names);
    }

    @Override
    public String toString() {
        return "BotConfig[mode=" + mode
                + ", slackBotToken=" + redact(slackBotToken)
                + ", slackSigningSecret=" + redact(slackSigningSecret)
                + ", slackAppToken=" + redact(slackAppToken)
                + ", slackApiUrl=" + slackApiUrl
                + ", confluenceUrl=" + confluenceUrl
                + ", confluenceToken=" + redact(confluenceToken)
                + ", databaseUrl=" + databaseUrl
                + ", databaseUser=" + databaseUser
                + ", databasePassword=" + redact(databasePassword)
                + ", port=" + port
                + ", bindAddress=" + bindAddress
                + ", allianceProfile=" + allianceProfile
                + ", supportChannel=" + supportChannel
                + ", coordinatorEmails=" + coordinatorEmails
                + ", partnershipLeaderEmails=" + partnershipLeaderEmails
                + ", directorEmails=" + directorEmails
                + ", mouPageUrl=" + mouPageUrl
                + "]";
    }

    private static String redact(String secret) {
        return secret == null ? "(none)" : "(set)";
    }

    private static Map<String, String> readProperties(Path path) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read settings file " + path + ": " + e.getMessage());
        }
        Map<String, String> m = new HashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).trim()));
        return m;
    }

    private static String value(Map<String, String> s, String key) {
        return blankToNull(s.get(key));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }

    private static int port(Map<String, String> s) {
        String raw = orDefault(value(s, "PORT"), "3000");
        try {
            int p = Integer.parseInt(raw);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below with the key's name
        }
        throw new ConfigException("PORT must be a number from 0 to 65535, not '" + raw + "'");
    }

    private static URI httpUri(Map<String, String> s, String key, String def, boolean trailingSlash) {
        String raw = orDefault(value(s, key), def);
        if (raw == null) {
            return null;
        }
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ConfigException(key + " must be an http or https URL, not '" + raw + "'");
            }
            if (trailingSlash && !raw.endsWith("/")) {
                uri = new URI(raw + "/");
            }
            if (!trailingSlash && raw.endsWith("/")) {
                uri = new URI(raw.substring(0, raw.length() - 1));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(key + " must be an http or https URL, not '" + raw + "'");
        }
    }

    /** An entry of a list of people: {@code email} or {@code Name <email>}. */
    private static final Pattern NAMED = Pattern.compile("(.*?)\\s*<([^<>]+)>");

    /** The emails of a comma-separated list whose entries are {@code email} or {@code Name <email>}. */
    private static List<String> emails(Map<String, String> s, String key) {
        return entries(s, key).stream().map(e -> e[1]).toList();
    }

    /** The names given in the lists {@code keys}, by lower-case email. */
    private static Map<String, String> names(Map<String, String> s, String... keys) {
        Map<String, String> names = new HashMap<>();
        for (String key : keys) {
            for (String[] e : entries(s, key)) {
                if (!e[0].isEmpty()) {
                    names.putIfAbsent(e[1], e[0]);
                }
            }
        }
        return names;
    }

    /** Each entry as {name (may be empty), lower-case email}; a ConfigException naming the key otherwise. */
    private static List<String[]> entries(Map<String, String> s, String key) {
        String raw = value(s, key);
        if (raw == null) {
            return List.of();
        }
        List<String[]> list = new java.util.ArrayList<>();
        for (String entry : raw.split(",")) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            var named = NAMED.matcher(e);
            String name = named.matches() ? named.group(1).strip() : "";
            String email = (named.matches() ? named.group(2).strip() : e).toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                throw new ConfigException(key + " must be a comma-separated list of email addresses (each may"
                        + " follow a name, as Cora Jones <cora@alliance.org>); '" + e + "' is not one");
            }
            list.add(new String[] {name, email});
        }
        return list;
    }
}
