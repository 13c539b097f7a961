package org.alliancecompact.bench.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap in use, settled (after asking for full collections until the figure stops falling) and at
 * its highest while something runs (sampled every 50 ms).
 */
public final class HeapWatch implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapWatch() {
        sampler = new Thread(
                () -> {
                    while (running) {
                        peak = Math.max(peak, used());
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling the peak. */
    public static HeapWatch start() {
        return new HeapWatch();
    }

    public long peakBytes() {
        return Math.max(peak, used());
    }

    /** Heap in use after garbage collection: what is really held. */
    public static long settledBytes() {
        long before = Long.MAX_VALUE;
        long now = used();
        for (int i = 0; i < 5 && now < before; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            before = now;
            now = used();
        }
        return Math.min(before, now);
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
