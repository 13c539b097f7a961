package com.atlassian.util.profiling;

/**
 * Stand-in for Atlassian's profiling metrics ({@code com.atlassian.profiling:atlassian-profiling}, not on
 * Maven Central). Active Objects 6.1.1's {@code EntityManager} times each find, count, create and delete
 * with {@code Metrics.metric(name).tag(..).withAnalytics().invokerPluginKey(..).startTimer()} and closes
 * the {@link Ticker}; without these classes every such call fails with {@code NoClassDefFoundError}.
 * Outside Confluence nobody collects those timings, so this records nothing. Only the members AO calls are
 * declared (found with {@code javap -c} on the 6.1.1 classes). Inside Confluence the host's real class is
 * used: this jar is never embedded in the plugin bundle.
 */
public final class Metrics {

    private static final Builder NO_OP = new Builder();
    private static final Ticker NO_OP_TICKER = () -> {};

    private Metrics() {}

    /** A builder for the metric {@code name}; here one that records nothing. */
    public static Builder metric(String name) {
        return NO_OP;
    }

    /** The calls AO chains before starting a timer; each returns this builder unchanged. */
    public static final class Builder {

        private Builder() {}

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        /** A ticker whose {@link Ticker#close()} records nothing. */
        public Ticker startTimer() {
            return NO_OP_TICKER;
        }
    }
}
