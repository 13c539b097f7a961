package org.alliancecompact.system;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** Waits for something the other processes do after they have answered (Slack's ack-then-work). */
final class Await {

    private Await() {}

    static <T> T until(String what, Callable<T> probe, java.util.function.Predicate<T> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            last = probe.call();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 30 s for " + what + "; last seen: " + last);
    }
}
