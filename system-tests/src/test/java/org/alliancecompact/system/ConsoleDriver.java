package org.alliancecompact.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecompact.model.profile.AllianceProfile;
import org.alliancecompact.slack.config.BotConfig;
import org.alliancecompact.slack.console.ConsoleMode;

/**
 * The bot's local console driven line by line as a person at the terminal would: type a line, wait for
 * the next prompt, read what was printed, find a button's number by its label.
 */
final class ConsoleDriver implements AutoCloseable {
    private static final Pattern PROMPT = Pattern.compile("(> |: )$");

    private final StringBuffer screen = new StringBuffer();
    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final Thread console;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    ConsoleDriver(Map<String, String> settings, AllianceProfile profile) throws IOException {
        BotConfig config = org.alliancecompact.slack.BotMain.config(settings, profile);
        org.alliancecompact.slack.BotMain.claimDataFolder(config, profile);
        PipedInputStream in = new PipedInputStream(keyboard, 1 << 16);
        PrintStream out = new PrintStream(
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        screen.append((char) b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        screen.append(new String(b, off, len, StandardCharsets.UTF_8));
                    }
                },
                true,
                StandardCharsets.UTF_8);
        console = new Thread(
                () -> {
                    try {
                        ConsoleMode.run(config, profile, in, out);
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                },
                "console-under-test");
        console.start();
    }

    /**
     * Waits for the identity question and returns the screen so far (the bot's first posts, such as the
     * queue's requests reaching the channel, may print after it).
     */
    String started() {
        return waitFor(0, s -> s.contains("Number or email:"));
    }

    /** Types a line and returns what the console printed in answer, up to its next prompt. */
    String type(String line) throws IOException {
        int mark = screen.length();
        keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        return waitForPrompt(mark);
    }

    /** Everything printed so far. */
    String screen() {
        return screen.toString();
    }

    /** The number of the last button labelled {@code label} printed after the last {@code after}. */
    int button(String after, String label) {
        String s = screen.toString();
        int from = s.lastIndexOf(after);
        if (from < 0) {
            throw new AssertionError("'" + after + "' was never printed:\n" + s);
        }
        Matcher m =
                Pattern.compile("\\[(\\d+)\\] " + Pattern.quote(label) + "\\n").matcher(s);
        int found = -1;
        int at = from;
        while (m.find(at)) {
            found = Integer.parseInt(m.group(1));
            at = m.end();
            if (found > 0) {
                break;
            }
        }
        if (found < 0) {
            throw new AssertionError("no button '" + label + "' after '" + after + "':\n" + s.substring(from));
        }
        return found;
    }

    /** Waits until the screen after {@code mark} ends with a prompt and has stayed so for 0.4 s (at most 60 s). */
    private String waitForPrompt(int mark) {
        return waitFor(mark, s -> PROMPT.matcher(s).find());
    }

    private String waitFor(int mark, java.util.function.Predicate<String> ready) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        int stableLength = -1;
        long stableSince = 0;
        while (System.nanoTime() < deadline) {
            if (failure.get() != null) {
                throw new AssertionError("the console stopped", failure.get());
            }
            String s = screen.toString();
            if (s.length() > mark && ready.test(s)) {
                if (s.length() != stableLength) {
                    stableLength = s.length();
                    stableSince = System.nanoTime();
                } else if (System.nanoTime() - stableSince > 400_000_000L) {
                    return s.substring(mark);
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(
                "no prompt within 60 s; the screen ends:\n" + screen.substring(Math.max(0, screen.length() - 3000)));
    }

    @Override
    public void close() throws Exception {
        try {
            keyboard.write("quit\n".getBytes(StandardCharsets.UTF_8));
            keyboard.close();
        } catch (IOException e) {
            // the console already ended
        }
        console.join(30_000);
    }
}
