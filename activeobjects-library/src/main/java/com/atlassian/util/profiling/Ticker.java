package com.atlassian.util.profiling;

/**
 * Stand-in for Atlassian's profiling timer handle (see {@link Metrics} for why): Active Objects closes it
 * when the timed database call ends.
 */
@FunctionalInterface
public interface Ticker extends AutoCloseable {

    /** Stops the timer; never throws. */
    @Override
    void close();
}
