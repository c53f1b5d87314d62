package fi.polku.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * How far the samples behind a figure spread: their quartiles and extremes. For a ratio the samples are the
 * pairwise ratios, so a wide spread says the machine's load changed faster than one pair takes.
 */
record Spread(String of, int n, double q1, double q3, double min, double max) {
    /** The spread of {@code samples}, which are {@code of} (for example "pairwise ratios"). */
    static Spread of(String of, double[] samples) {
        return new Spread(of, samples.length, Stats.percentile(samples, 25), Stats.percentile(samples, 75),
                Arrays.stream(samples).min().orElseThrow(), Arrays.stream(samples).max().orElseThrow());
    }

    /** The spread of timings in nanoseconds, given in {@code unitNanos} (1e3 for µs, 1e6 for ms). */
    static Spread ofNanos(String of, long[] nanos, double unitNanos) {
        return of(of, Arrays.stream(nanos).mapToDouble(t -> t / unitNanos).toArray());
    }

    /**
     * {@code IQR 1.28-1.36, range 1.20-1.50 of 25 pairwise ratios}, every number with the decimals the figure
     * itself is printed with.
     */
    String text(double figure) {
        String f = format(figure);
        return String.format(Locale.ROOT, "IQR " + f + "-" + f + ", range " + f + "-" + f + " of %d %s", q1, q3, min,
                max, n, of);
    }

    /** Two decimals, or none from 100 on. */
    static String format(double value) {
        return value >= 100 ? "%.0f" : "%.2f";
    }
}
