package org.alliancecompact.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        Latencies l =
                new Latencies(LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray());
        assertThat(l.percentileNanos(50)).isEqualTo(50);
        assertThat(l.percentileNanos(99)).isEqualTo(99);
        assertThat(l.percentileNanos(100)).isEqualTo(100);
        assertThat(l.percentileNanos(0.5)).isEqualTo(1);
        assertThat(l.maxNanos()).isEqualTo(100);
    }

    @Test
    void p99OfAThousandIsTheTenthLargest() {
        Latencies l = new Latencies(LongStream.rangeClosed(1, 1000).toArray());
        assertThat(l.percentileNanos(99)).isEqualTo(990);
        assertThat(l.percentileNanos(99.9)).isEqualTo(999);
    }

    @Test
    void oneSlowRequestInAHundredIsTheP100NotTheP99() {
        long[] nanos = LongStream.generate(() -> 2_000_000).limit(100).toArray();
        nanos[37] = 900_000_000;
        Latencies l = new Latencies(nanos);
        assertThat(l.percentileMillis(99)).isEqualTo(2.0);
        assertThat(l.maxMillis()).isEqualTo(900.0);
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        Latencies l = new Latencies(new long[] {7});
        assertThat(l.percentileNanos(1)).isEqualTo(7);
        assertThat(l.percentileNanos(99)).isEqualTo(7);
    }

    @Test
    void twoRunsPooledAreOneDistribution() {
        Latencies pooled = new Latencies(LongStream.rangeClosed(51, 100).toArray())
                .plus(new Latencies(LongStream.rangeClosed(1, 50).toArray()));
        assertThat(pooled.count()).isEqualTo(100);
        assertThat(pooled.percentileNanos(50)).isEqualTo(50);
        assertThat(pooled.maxNanos()).isEqualTo(100);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new Latencies(new long[0]).percentileNanos(50))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Latencies(new long[] {1}).percentileNanos(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Latencies(new long[] {1}).percentileNanos(100.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void doesNotReorderTheCallersArray() {
        long[] nanos = {3, 1, 2};
        new Latencies(nanos);
        assertThat(nanos).containsExactly(3, 1, 2);
    }
}
