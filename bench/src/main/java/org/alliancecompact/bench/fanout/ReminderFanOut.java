package org.alliancecompact.bench.fanout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.alliancecompact.bench.BenchResult;
import org.alliancecompact.bench.harness.HeapWatch;
import org.alliancecompact.slack.testkit.StrictSlack;

/**
 * A meeting reminder to 10,000 members, one direct message each, through a sender that handles
 * Slack's 429s, against the rate-limited stand-in: how long it takes, how many 429s came back, that
 * every member got exactly one message, and the heap before, at its peak and after.
 */
public final class ReminderFanOut {

    /** Sends one direct message (the user ID as channel); must retry 429s itself. */
    @FunctionalInterface
    public interface Sender {
        void post(String channel, String text) throws Exception;
    }

    public static final int MEMBERS = 10_000;

    private ReminderFanOut() {}

    public static String userId(int i) {
        return String.format("U%08d", i);
    }

    /** @param label names the sender in the results */
    /** A warm-up channel of the workspace. */
    static String warmUpChannel(int i) {
        return "C0WARMUP" + i;
    }

    /** @param slack the strict stand-in; the members and warm-up channels are added to its workspace here */
    public static List<BenchResult> run(String label, StrictSlack slack, Sender sender, int members) throws Exception {
        for (int i = 0; i < members; i++) {
            slack.user(userId(i), "member" + i + "@fanout.example");
        }
        // warm the sender and the stand-in up on other channels, so the heap baseline is after class loading
        for (int i = 0; i < 50; i++) {
            slack.channel(warmUpChannel(i), "warm-up-" + i);
            sender.post(warmUpChannel(i), "warm-up");
        }
        slack.forget();
        long limitedBefore = slack.rateLimited("chat.postMessage");
        long heapBefore = HeapWatch.settledBytes();
        int failed = 0;
        long start = System.nanoTime();
        long peak;
        try (HeapWatch watch = HeapWatch.start()) {
            for (int i = 0; i < members; i++) {
                try {
                    sender.post(
                            userId(i),
                            "Reminder: Alliance meeting on Thursday 12 March 2026 at 09:30. Your organisation"
                                    + " has not answered the invitation yet: attending, sending a deputy, or apologies?");
                } catch (Exception e) {
                    failed++;
                }
            }
            peak = watch.peakBytes();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long limited = slack.rateLimited("chat.postMessage") - limitedBefore;
        int missing = 0;
        int duplicated = 0;
        for (int i = 0; i < members; i++) {
            long n = slack.delivered(userId(i));
            if (n == 0) {
                missing++;
            } else if (n > 1) {
                duplicated++;
            }
        }
        long refused = slack.refusals().stream()
                .filter(c -> !"ratelimited".equals(c.error()))
                .count();
        slack.forget();
        long heapAfter = HeapWatch.settledBytes();
        System.out.printf(
                "%s: %d members in %.1f s, %d HTTP 429 received, %d calls failed, %d members without a message,"
                        + " %d with more than one; heap settled %.1f MB before, %.1f MB after, peak %.1f MB%n",
                label,
                members,
                took.toMillis() / 1000.0,
                limited,
                failed,
                missing,
                duplicated,
                mb(heapBefore),
                mb(heapAfter),
                mb(peak));
        List<BenchResult> results = new ArrayList<>();
        String b = "fanout";
        results.add(
                BenchResult.info(b, label + ": total time, " + members + " members", took.toMillis() / 1000.0, "s"));
        results.add(BenchResult.info(b, label + ": HTTP 429 received", limited, ""));
        results.add(BenchResult.below(b, label + ": sends that gave up", failed, "", 0));
        results.add(BenchResult.below(b, label + ": members left unsent", missing, "", 0));
        results.add(BenchResult.below(b, label + ": members sent twice", duplicated, "", 0));
        // anything but a 429 that Slack would refuse (a message over its limits, an unknown channel)
        results.add(BenchResult.below(b, label + ": calls the strict stand-in refused", refused, "", 0));
        results.add(BenchResult.info(b, label + ": heap settled before", mb(heapBefore), "MB"));
        results.add(BenchResult.info(b, label + ": heap peak during (garbage included)", mb(peak), "MB"));
        // "memory flat": what the fan-out leaves held afterwards, against a generous 16 MB
        results.add(BenchResult.below(b, label + ": heap growth after", mb(heapAfter - heapBefore), "MB", 16));
        return results;
    }

    private static double mb(long bytes) {
        return Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0;
    }
}
