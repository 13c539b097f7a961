package org.alliancecompact.slack.console;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * In console mode the terminal is the conversation, so the log (database warnings, INFO lines such as a
 * ladder recompute, "started (HTTP mode, port ...)") goes to a file instead (issue 17 point 2):
 * {@value #DEFAULT_FILE} unless BOT_LOG_FILE names another. Logback is configured by logback.xml for the
 * other modes; this swaps the root logger's appenders for a file appender with the same pattern.
 */
public final class ConsoleLogging {
    /** Next to the bot's and the preview's data (run.sh writes the preview's log to ./data/preview.log). */
    public static final String DEFAULT_FILE = "./data/bot.log";

    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX} %-5level %logger{30} - %msg%n";

    private ConsoleLogging() {}

    /**
     * Sends every log line to {@code file} (appended, its folder created) and none to the terminal.
     *
     * @return the file, for the banner
     */
    public static Path toFile(Path file) {
        swap(file);
        return file;
    }

    /**
     * As {@link #toFile}, undone by closing the result (tests put the appenders they had back).
     */
    public static AutoCloseable toFileUntilClosed(Path file) {
        List<Appender<ILoggingEvent>> before = swap(file);
        return () -> {
            Logger root = root();
            root.detachAndStopAllAppenders();
            before.forEach(root::addAppender);
        };
    }

    private static List<Appender<ILoggingEvent>> swap(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("console-file");
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        Logger root = root();
        List<Appender<ILoggingEvent>> before = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            before.add(it.next());
        }
        before.forEach(a -> root.detachAppender(a)); // kept (not stopped) so a test can put them back
        root.addAppender(appender);
        return before;
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
