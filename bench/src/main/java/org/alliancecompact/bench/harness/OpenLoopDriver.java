package org.alliancecompact.bench.harness;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Sends requests at a fixed rate whatever the server does (open loop), the way real callers arrive.
 * Request i is due at {@code start + i / rate}; its latency runs from that due time, not from when
 * it actually left, so a server that stalls is charged for the requests that queued up behind the
 * stall (no coordinated omission).
 */
public final class OpenLoopDriver {
    private final HttpClient client;

    public OpenLoopDriver(HttpClient client) {
        this.client = client;
    }

    /** An HTTP/1.1 client for loopback benchmarks. */
    public static HttpClient loopbackClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * @param requests builds each request when it is due (so signatures carry the current time)
     * @param ok which status codes count as success
     */
    public LoadReport run(
            String name, int ratePerSecond, Duration duration, Supplier<HttpRequest> requests, IntPredicate ok)
            throws InterruptedException {
        if (ratePerSecond < 1) {
            throw new IllegalArgumentException("rate must be at least 1 per second");
        }
        int total = (int) Math.max(1, duration.toMillis() * ratePerSecond / 1000);
        long periodNanos = 1_000_000_000L / ratePerSecond;
        long[] latencies = new long[total];
        boolean[] answered = new boolean[total];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        int late = 0;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (int i = 0; i < total; i++) {
            long due = start + i * periodNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (-wait > 1_000_000) {
                late++;
            }
            int index = i;
            HttpRequest request;
            try {
                request = requests.get();
            } catch (RuntimeException e) {
                // never answered: counted below with the unanswered ones
                done.countDown();
                continue;
            }
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                long latency = System.nanoTime() - due;
                if (failure != null || !ok.test(response.statusCode())) {
                    errors.incrementAndGet();
                }
                synchronized (latencies) {
                    latencies[index] = latency;
                    answered[index] = true;
                }
                done.countDown();
            });
        }
        // Whatever has not come back 30 s after the last send is counted as an error, not waited for.
        boolean all = done.await(duration.toMillis() + 30_000, TimeUnit.MILLISECONDS);
        long[] recorded;
        int missing;
        synchronized (latencies) {
            int n = 0;
            for (boolean a : answered) {
                if (a) {
                    n++;
                }
            }
            recorded = new long[n];
            int j = 0;
            for (int i = 0; i < total; i++) {
                if (answered[i]) {
                    recorded[j++] = latencies[i];
                }
            }
            missing = total - n;
        }
        if (!all) {
            System.err.println(name + ": " + missing + " requests still unanswered 30 s after the last send");
        }
        int errorCount = errors.get() + missing;
        return new LoadReport(name, ratePerSecond, total, errorCount, new Latencies(recorded), late);
    }
}
