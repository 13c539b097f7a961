package org.alliancecompact.bench.harness;

import java.util.Locale;

/**
 * What one open-loop run measured.
 *
 * @param sent requests scheduled (all of them were sent)
 * @param errors requests that failed, answered with an unexpected status, or had no answer in time
 * @param latencies of the requests that were answered (failed ones included: a fast error is still a
 *     latency the caller saw)
 * @param lateSends sends the driver started more than a millisecond after their scheduled time
 *     (their latency still counts from the scheduled time)
 */
public record LoadReport(String name, int ratePerSecond, int sent, int errors, Latencies latencies, int lateSends) {

    /** Two runs of the same thing as one (counts added, latencies pooled). */
    public LoadReport plus(LoadReport other) {
        return new LoadReport(
                name,
                ratePerSecond,
                sent + other.sent,
                errors + other.errors,
                latencies.plus(other.latencies),
                lateSends + other.lateSends);
    }

    public double p50Millis() {
        return latencies.count() == 0 ? Double.NaN : latencies.percentileMillis(50);
    }

    public double p99Millis() {
        return latencies.count() == 0 ? Double.NaN : latencies.percentileMillis(99);
    }

    public double maxMillis() {
        return latencies.count() == 0 ? Double.NaN : latencies.maxMillis();
    }

    /** One line for the console. */
    public String line() {
        return String.format(
                Locale.ROOT,
                "%-28s rate %4d/s  sent %6d  errors %4d  p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms  late sends %d",
                name,
                ratePerSecond,
                sent,
                errors,
                p50Millis(),
                p99Millis(),
                maxMillis(),
                lateSends);
    }
}
