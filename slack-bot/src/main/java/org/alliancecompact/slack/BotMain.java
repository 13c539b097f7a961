package org.alliancecompact.slack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.profile.ProfileException;
import org.alliancecompact.model.profile.ProfileLoader;
import org.alliancecompact.model.time.OperatorClock;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.config.ConfigException;
import org.alliancecompact.slack.console.ConsoleMode;
import org.alliancecompact.slack.http.JobsEndpoint;

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
            config = BotConfig.from(settings);
            profile = loadProfile(config.allianceProfile());
            options = Bot.Options.defaults()
                    .withOperator(
                            operatorClock(settings, profile),
                            JobsEndpoint.token(settings).orElse(null));
        } catch (ConfigException e) {
            System.err.println("alliance-bot: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            if (config.mode() == BotConfig.Mode.CONSOLE) { // the console shows the operator clock in its banner
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
