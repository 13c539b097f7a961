package org.alliancecompact.bench.harness;

import java.util.function.LongSupplier;

/**
 * A token bucket: holds at most {@code capacity} tokens (the burst), refilled continuously at
 * {@code perSecond}. A call takes one token when there is one, or says how long until there will be.
 */
public final class TokenBucket {
    private final double capacity;
    private final double perNano;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    public TokenBucket(int capacity, double perSecond, LongSupplier nanoTime) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("perSecond must be positive");
        }
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.last = nanoTime.getAsLong();
    }

    /** Nanoseconds until a token is available: 0 when one is available now (not taken). */
    public synchronized long waitNanos() {
        refill();
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Takes a token if there is one; answers 0, or the nanoseconds to wait (nothing taken). */
    public synchronized long tryTake() {
        long wait = waitNanos();
        if (wait == 0) {
            tokens -= 1;
        }
        return wait;
    }

    /** Takes a token without checking (the caller checked {@link #waitNanos} under its own lock). */
    public synchronized void take() {
        refill();
        tokens -= 1;
    }

    /** True when the bucket is full again, so forgetting it changes nothing. */
    public synchronized boolean full() {
        refill();
        return tokens >= capacity;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
    }
}
