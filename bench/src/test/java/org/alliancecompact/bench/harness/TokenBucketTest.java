package org.alliancecompact.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void allowsTheBurstThenSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(3, 1.0, now::get);
        assertThat(bucket.tryTake()).isZero();
        assertThat(bucket.tryTake()).isZero();
        assertThat(bucket.tryTake()).isZero();
        assertThat(bucket.tryTake()).isEqualTo(1_000_000_000L);
        now.addAndGet(400_000_000L);
        assertThat(bucket.tryTake()).isEqualTo(600_000_000L);
    }

    @Test
    void refillsAtTheRateButNeverAboveTheBurst() {
        TokenBucket bucket = new TokenBucket(2, 10.0, now::get);
        bucket.tryTake();
        bucket.tryTake();
        assertThat(bucket.full()).isFalse();
        now.addAndGet(100_000_000L); // one token at 10 per second
        assertThat(bucket.tryTake()).isZero();
        assertThat(bucket.tryTake()).isPositive();
        now.addAndGet(60_000_000_000L);
        assertThat(bucket.full()).isTrue();
        assertThat(bucket.tryTake()).isZero();
        assertThat(bucket.tryTake()).isZero();
        assertThat(bucket.tryTake()).isPositive();
    }

    @Test
    void aRefusedCallTakesNothing() {
        TokenBucket bucket = new TokenBucket(1, 1.0, now::get);
        bucket.tryTake();
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.tryTake()).isPositive();
        }
        now.addAndGet(1_000_000_000L);
        assertThat(bucket.tryTake()).isZero();
    }
}
