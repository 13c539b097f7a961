package org.alliancecompact.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SteadyWarmUpTest {
    private static final Duration SLICE = Duration.ofSeconds(5);

    /** A JIT that compiles for the given milliseconds during each successive slice. */
    private static final class ScriptedJit {
        final AtomicLong total = new AtomicLong();
        final List<Duration> slicesRun = new ArrayList<>();
        private final long[] perSlice;

        ScriptedJit(long... perSlice) {
            this.perSlice = perSlice;
        }

        void slice(Duration length) {
            int i = slicesRun.size();
            slicesRun.add(length);
            total.addAndGet(perSlice[Math.min(i, perSlice.length - 1)]);
        }
    }

    private static SteadyWarmUp warmUp(ScriptedJit jit) {
        return new SteadyWarmUp(SLICE, Duration.ofSeconds(10), Duration.ofSeconds(30), 50, jit.total::get);
    }

    @Test
    void stops_at_the_first_quiet_slice_once_the_minimum_has_run() throws Exception {
        ScriptedJit jit = new ScriptedJit(900, 400, 120, 30, 10);
        SteadyWarmUp.Outcome outcome = warmUp(jit).run(jit::slice);
        assertThat(jit.slicesRun).hasSize(4).containsOnly(SLICE);
        assertThat(outcome).isEqualTo(new SteadyWarmUp.Outcome(Duration.ofSeconds(20), 30, true));
    }

    @Test
    void runs_the_minimum_even_when_the_first_slice_is_quiet() throws Exception {
        ScriptedJit jit = new ScriptedJit(0);
        SteadyWarmUp.Outcome outcome = warmUp(jit).run(jit::slice);
        assertThat(jit.slicesRun).hasSize(2);
        assertThat(outcome.steady()).isTrue();
    }

    @Test
    void stops_at_the_maximum_and_says_it_was_not_yet_quiet() throws Exception {
        ScriptedJit jit = new ScriptedJit(500);
        SteadyWarmUp.Outcome outcome = warmUp(jit).run(jit::slice);
        assertThat(jit.slicesRun).hasSize(6);
        assertThat(outcome).isEqualTo(new SteadyWarmUp.Outcome(Duration.ofSeconds(30), 500, false));
    }

    @Test
    void refuses_a_minimum_above_the_maximum() {
        assertThatThrownBy(() -> new SteadyWarmUp(SLICE, Duration.ofSeconds(40), Duration.ofSeconds(30), 50, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
