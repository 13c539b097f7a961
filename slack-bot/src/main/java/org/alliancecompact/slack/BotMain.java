package org.alliancecompact.slack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.alliancecompact.model.demo.DemoAlliance;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.profile.DataFolderProfile;
import org.alliancecompact.model.profile.ProfileException;
import org.alliancecompact.model.profile.ProfileLoader;
import org.alliancecompact.model.time.OperatorClock;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.config.ConfigException;
import org.alliancecompact.slack.console.ConsoleLogging;
import org.alliancecompact.slack.console.ConsoleMode;
import org.alliancecompact.slack.http.JobsEndpoint;
import org.alliancecompact.slack.text.BotText;

/**
 * Starts the bot: HTTP mode (Slack posts to /slack/events), Socket Mode when SLACK_APP_TOKEN is set,
 * or the local console when no Slack credential is set. A missing or bad setting stops start-up with
 * one line naming it.
 */
public final class BotMain {
    private BotMain() {}

    public static void main(String[] args) {
        BotConfig config;
        AllianceProfile profile;
        Bot.Options options;
        try {
            Map<String, String> settings = BotConfig.settings(System.getenv());
            profile = loadProfile(settings.getOrDefault("ALLIANCE_PROFILE", BotConfig.DEFAULT_PROFILE));
            config = config(settings, profile);
            claimDataFolder(config, profile);
            options = Bot.Options.defaults()
                    .withOperator(
                            operatorClock(settings, profile),
                            JobsEndpoint.token(settings).orElse(null));
        } catch (ConfigException | DataFolderProfile.WrongProfile e) {
            System.err.println("alliance-bot: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            if (config.mode() == BotConfig.Mode.CONSOLE) { // the console shows the operator clock in its banner
                // the conversation is the terminal: the log goes to a file (issue 17 point 2)
                Path log = ConsoleLogging.toFile(
                        Path.of(System.getenv().getOrDefault("BOT_LOG_FILE", ConsoleLogging.DEFAULT_FILE)));
                System.out.println(BotText.get("console.logs", log));
                ConsoleMode.run(config, profile, options.operatorClock(), System.in, System.out);
                System.exit(0);
            }
            if (options.operatorClock().active()) {
                System.out.println("*** " + options.operatorClock().notice() + " ***");
            }
            Bot bot = Bot.start(config, profile, options);
            Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "bot-shutdown"));
        } catch (RuntimeException e) {
            System.err.println("alliance-bot: cannot start: " + oneLine(e));
            System.exit(1);
        }
    }

    /**
     * The bot's settings; in console mode (no Slack credential) without COORDINATOR_EMAILS or
     * PARTNERSHIP_LEADER_EMAILS, the demo alliance's coordinators and partnership leader
     * ({@link DemoAlliance}), so a newcomer on the defaults can act as a coordinator (issue 17 point 1).
     *
     * @throws ConfigException naming the bad setting
     */
    public static BotConfig config(Map<String, String> settings, AllianceProfile profile) {
        BotConfig config = BotConfig.from(settings);
        if (config.mode() != BotConfig.Mode.CONSOLE) {
            return config;
        }
        DemoAlliance demo = DemoAlliance.of(profile.id(), java.time.LocalDate.now(profile.timeZone()));
        Map<String, String> withDemo = new java.util.HashMap<>(settings);
        // "Name <email>" entries, so the bot names them ("ask a coordinator: Helen Crompton (…)")
        withDemo.putIfAbsent("COORDINATOR_EMAILS", namedStaff(demo, DemoAlliance.StaffRole.COORDINATOR));
        withDemo.putIfAbsent("PARTNERSHIP_LEADER_EMAILS", namedStaff(demo, DemoAlliance.StaffRole.PARTNERSHIP_LEADER));
        return BotConfig.from(withDemo);
    }

    private static String namedStaff(DemoAlliance demo, DemoAlliance.StaffRole role) {
        return demo.staff().stream()
                .filter(p -> p.role() == role)
                .map(p -> p.name() + " <" + p.email() + ">")
                .collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * Records the profile in the folder of an H2 file database on the first start and refuses a folder made
     * for another alliance (issue 17 point 9). A server database (PostgreSQL) or an in-memory one is not a
     * folder here and is not checked.
     *
     * @throws DataFolderProfile.WrongProfile saying which alliance the folder holds and what to do
     */
    public static void claimDataFolder(BotConfig config, AllianceProfile profile) {
        dataFolder(config.databaseUrl())
                .ifPresent(folder -> DataFolderProfile.claim(folder, profile, config.allianceProfile()));
    }

    /** The folder of an H2 file database ({@code jdbc:h2:file:./data/bot/alliance-bot} gives ./data/bot). */
    static java.util.Optional<Path> dataFolder(String jdbcUrl) {
        String prefix = jdbcUrl.startsWith("jdbc:h2:file:") ? "jdbc:h2:file:" : null;
        if (prefix == null) {
            return java.util.Optional.empty();
        }
        String file = jdbcUrl.substring(prefix.length()).split(";", 2)[0];
        Path parent = Path.of(file).getParent();
        return java.util.Optional.of(parent == null ? Path.of(".") : parent);
    }

    /**
     * The operator clock the settings ask for (see {@link OperatorClock}), in the profile's time zone.
     *
     * @throws ConfigException with the one-line reason, naming the variable, when refused
     */
    static OperatorClock operatorClock(Map<String, String> settings, AllianceProfile profile) {
        try {
            return OperatorClock.from(settings, profile.timeZone(), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** A bundled profile by name (bolton, oldham, exceed) or a profile file by path. */
    public static AllianceProfile loadProfile(String value) {
        ProfileLoader loader = new ProfileLoader();
        try {
            if (ProfileLoader.BUNDLED.contains(value)) {
                return loader.loadBundled(value);
            }
            Path path = Path.of(value);
            if (!Files.isRegularFile(path)) {
                throw new ConfigException("ALLIANCE_PROFILE must be one of " + String.join(", ", ProfileLoader.BUNDLED)
                        + " or the path of a profile file; '" + value + "' is neither");
            }
            return loader.load(path);
        } catch (ProfileException e) {
            throw new ConfigException("ALLIANCE_PROFILE: " + oneLine(e));
        }
    }

    /** The innermost useful message, on one line (database and port problems come wrapped). */
    static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null
                && t.getCause() != t
                && (t.getMessage() == null
                        || t instanceof RuntimeException
                                && t.getClass().getName().contains("Flyway"))) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
