package fi.polku.bench;

import java.util.Arrays;

/** Medians and quartiles of timing samples: robust against the odd run a busy shared machine spoils. */
final class Stats {
    private Stats() {
    }

    static long median(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double median(double[] samples) {
        return percentile(samples, 50);
    }

    /** The {@code p}th percentile, interpolated linearly between the two nearest samples. */
    static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        double rank = p / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
