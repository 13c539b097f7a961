package org.alliancecompact.bench;

import java.util.Locale;

/**
 * One measured figure and, where the issue sets one, its target. A result never fails a build: it
 * is printed, and the summary says whether the target was met.
 *
 * @param target the bound, or NaN when there is none (the figure is information only)
 * @param atMost true when the figure should be at most the target, false when at least
 */
public record BenchResult(String benchmark, String measure, double value, String unit, double target, boolean atMost) {

    public BenchResult {
        if (benchmark.contains("\t") || measure.contains("\t") || unit.contains("\t")) {
            throw new IllegalArgumentException("no tabs in names");
        }
    }

    public static BenchResult info(String benchmark, String measure, double value, String unit) {
        return new BenchResult(benchmark, measure, value, unit, Double.NaN, true);
    }

    public static BenchResult below(String benchmark, String measure, double value, String unit, double target) {
        return new BenchResult(benchmark, measure, value, unit, target, true);
    }

    public static BenchResult atLeast(String benchmark, String measure, double value, String unit, double target) {
        return new BenchResult(benchmark, measure, value, unit, target, false);
    }

    public boolean hasTarget() {
        return !Double.isNaN(target);
    }

    /** Met, missed, or "-" when there is no target; a figure that could not be measured (NaN) misses. */
    public String verdict() {
        if (!hasTarget()) {
            return "-";
        }
        if (Double.isNaN(value)) {
            return "MISSED";
        }
        return (atMost ? value <= target : value >= target) ? "met" : "MISSED";
    }

    public String targetText() {
        return hasTarget() ? (atMost ? "<= " : ">= ") + number(target) + " " + unit : "";
    }

    public String valueText() {
        return number(value) + " " + unit;
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    String toTsv() {
        return String.join(
                "\t",
                benchmark,
                measure,
                Double.toString(value),
                unit,
                Double.toString(target),
                Boolean.toString(atMost));
    }

    static BenchResult fromTsv(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("not a result line: " + line);
        }
        return new BenchResult(
                f[0], f[1], Double.parseDouble(f[2]), f[3], Double.parseDouble(f[4]), Boolean.parseBoolean(f[5]));
    }
}
