package org.alliancecompact.slack.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bot's message bundle: every key the code asks for exists, and every text is a valid MessageFormat. */
class BotTextTest {

    private static final Pattern KEY = Pattern.compile("BotText\\.get\\(\\s*\"([a-zA-Z0-9_.]+)\"\\s*[,)]");

    @Test
    @DisplayName("every literal key passed to BotText.get in the bot's sources is in bot/messages.properties")
    void everyKeyUsedExists() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    seen++;
                    if (!BotText.has(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(seen).as("keys found in the sources").isGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName(
            "every text in the bundle is a MessageFormat that parses (a bad choice pattern fails here, not in Slack)")
    void everyTextParses() {
        ResourceBundle bundle = ResourceBundle.getBundle("bot.messages", Locale.UK);
        List<String> keys = bundle.keySet().stream().sorted().toList();
        assertThat(keys).isNotEmpty();
        for (String key : keys) {
            assertThatCode(() -> new MessageFormat(bundle.getString(key), Locale.UK))
                    .as(key)
                    .doesNotThrowAnyException();
        }
    }

    /** A placeholder followed by a counted noun: "{0} days" reads "1 days" when the count is one. */
    private static final Pattern BARE_COUNT = Pattern.compile("\\{\\d+(,number[^}]*)?\\}\\s+(day|days|time|times)\\b");

    @Test
    @DisplayName("issue 17 point 6: no text counts days or times itself ('1 days', 'time(s)'); counts come from Words")
    void noTextCountsItself() {
        ResourceBundle bundle = ResourceBundle.getBundle("bot.messages", Locale.UK);
        List<String> bad = bundle.keySet().stream()
                .sorted()
                .filter(key -> {
                    String text = bundle.getString(key);
                    return BARE_COUNT.matcher(text).find() || text.contains("(s)") || text.contains(".).");
                })
                .map(key -> key + "=" + bundle.getString(key))
                .toList();
        assertThat(bad).isEmpty();
        assertThat(BARE_COUNT.matcher("{0} days").find()).isTrue(); // the check itself can fail
        assertThat(BARE_COUNT.matcher("{0,number,integer} times").find()).isTrue();
    }
}
