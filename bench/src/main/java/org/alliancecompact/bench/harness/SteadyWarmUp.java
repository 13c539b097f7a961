package org.alliancecompact.bench.harness;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Warms a server up in slices of load until the JIT compiler has gone quiet, so the measured rounds
 * see the steady state the targets are about. A fixed warm-up is not enough for a server with much
 * code behind its answer (the bot's database and Slack calls): the compiler threads would still be
 * busy during the measured rounds, on the same two cores, and charge their work to its latency.
 *
 * <p>Quiet means the JIT spent at most {@code quietMillis} compiling during the last slice. The warm-up
 * runs at least {@code min} and at most {@code max} (then it reports that it stopped unsteady).
 */
public final class SteadyWarmUp {
    /** One slice of load of the given length. */
    @FunctionalInterface
    public interface Slice {
        void run(Duration length) throws InterruptedException;
    }

    /**
     * @param took how long the warm-up ran
     * @param lastSliceCompileMillis JIT compilation time during the last slice
     * @param steady whether it ended because the JIT was quiet (false: stopped at the maximum)
     */
    public record Outcome(Duration took, long lastSliceCompileMillis, boolean steady) {}

    private final Duration slice;
    private final Duration min;
    private final Duration max;
    private final long quietMillis;
    private final LongSupplier compileMillis;

    public SteadyWarmUp(Duration slice, Duration min, Duration max, long quietMillis, LongSupplier compileMillis) {
        if (slice.isZero() || slice.isNegative() || min.compareTo(max) > 0) {
            throw new IllegalArgumentException("need a positive slice and min <= max");
        }
        this.slice = slice;
        this.min = min;
        this.max = max;
        this.quietMillis = quietMillis;
        this.compileMillis = compileMillis;
    }

    /** Reads this JVM's total JIT compilation time. */
    public static SteadyWarmUp ofThisJvm(Duration slice, Duration min, Duration max, long quietMillis) {
        var jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            throw new IllegalStateException("this JVM does not report its JIT compilation time");
        }
        return new SteadyWarmUp(slice, min, max, quietMillis, jit::getTotalCompilationTime);
    }

    public Outcome run(Slice load) throws InterruptedException {
        Duration took = Duration.ZERO;
        long compiled = 0;
        while (took.compareTo(max) < 0) {
            long before = compileMillis.getAsLong();
            load.run(slice);
            compiled = compileMillis.getAsLong() - before;
            took = took.plus(slice);
            if (took.compareTo(min) >= 0 && compiled <= quietMillis) {
                return new Outcome(took, compiled, true);
            }
        }
        return new Outcome(took, compiled, false);
    }
}
