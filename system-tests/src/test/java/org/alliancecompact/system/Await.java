package org.alliancecompact.system;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** Waits for something the other processes do after they have answered (Slack's ack-then-work). */
final class Await {

    private Await() {}

    static <T> T until(String what, Callable<T> probe, java.util.function.Predicate<T> done) throws Exception {
        return until(what, Duration.ofSeconds(30), probe, done);
    }

    /** The same with a longer wait, for scheduled work (reminders, retried pushes). */
    static <T> T until(String what, Duration timeout, Callable<T> probe, java.util.function.Predicate<T> done)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            last = probe.call();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; last seen: " + last);
    }
}
