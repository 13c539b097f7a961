package org.alliancecompact.bench.harness;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * One request at a time, each sent when the previous one is answered, for a while. Used to warm a
 * server up without building a queue, and to see what one request costs when nothing else is waiting.
 */
public final class ClosedLoop {
    private ClosedLoop() {}

    /** @return the latencies of the answered requests (at least one request is sent) */
    public static Latencies run(HttpClient client, HttpRequest request, Duration duration)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        long[] nanos = new long[64];
        int n = 0;
        do {
            long start = System.nanoTime();
            client.send(request, HttpResponse.BodyHandlers.discarding());
            if (n == nanos.length) {
                nanos = Arrays.copyOf(nanos, n * 2);
            }
            nanos[n++] = System.nanoTime() - start;
        } while (System.nanoTime() < end);
        return new Latencies(Arrays.copyOf(nanos, n));
    }
}
