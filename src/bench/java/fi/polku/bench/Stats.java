package fi.polku.bench;

import java.util.Arrays;

/** Medians of timing samples: robust against the odd run a busy shared machine spoils. */
final class Stats {
    private Stats() {
    }

    static long median(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
