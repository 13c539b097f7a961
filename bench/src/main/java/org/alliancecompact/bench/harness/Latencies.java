package org.alliancecompact.bench.harness;

import java.util.Arrays;

/**
 * Recorded latencies (nanoseconds) and their percentiles by the nearest-rank method: the p-th
 * percentile is the smallest recorded value that at least p% of the values do not exceed. No
 * interpolation, so every figure printed is a latency that actually happened.
 */
public final class Latencies {
    private final long[] sorted;

    public Latencies(long[] nanos) {
        if (nanos == null) {
            throw new IllegalArgumentException("nanos is required");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** These and {@code other}'s latencies together. */
    public Latencies plus(Latencies other) {
        long[] both = Arrays.copyOf(sorted, sorted.length + other.sorted.length);
        System.arraycopy(other.sorted, 0, both, sorted.length, other.sorted.length);
        return new Latencies(both);
    }

    public int count() {
        return sorted.length;
    }

    /** @param p 0 (exclusive) to 100 (inclusive) */
    public long percentileNanos(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be above 0 and at most 100: " + p);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("no latency recorded");
        }
        // The epsilon keeps binary rounding (99.9% of 1000 = 999.0000000000001) from skipping a rank.
        int rank = (int) Math.ceil(p / 100.0 * sorted.length - 1e-9);
        return sorted[Math.max(0, rank - 1)];
    }

    public long maxNanos() {
        if (sorted.length == 0) {
            throw new IllegalStateException("no latency recorded");
        }
        return sorted[sorted.length - 1];
    }

    public double percentileMillis(double p) {
        return percentileNanos(p) / 1e6;
    }

    public double maxMillis() {
        return maxNanos() / 1e6;
    }
}
