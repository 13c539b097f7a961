package org.alliancecompact.slack;

import java.nio.file.Files;
import java.nio.file.Path;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.model.profile.ProfileException;
import org.alliancecompact.model.profile.ProfileLoader;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.config.ConfigException;
import org.alliancecompact.slack.console.ConsoleMode;

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
        try {
            config = BotConfig.fromEnvironment();
            profile = loadProfile(config.allianceProfile());
        } catch (ConfigException e) {
            System.err.println("alliance-bot: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            if (config.mode() == BotConfig.Mode.CONSOLE) {
                ConsoleMode.run(config, profile, System.in, System.out);
                System.exit(0);
            }
            Bot bot = Bot.start(config, profile, Bot.Options.defaults());
            Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "bot-shutdown"));
        } catch (RuntimeException e) {
            System.err.println("alliance-bot: cannot start: " + oneLine(e));
            System.exit(1);
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
