package fi.polku.metrics;

/**
 * The 95 % intervals used by the metrics: Wilson for shares, Student's t for means.
 */
public final class Intervals {
    /** The two-sided 95 % normal quantile. */
    public static final double Z95 = 1.959963984540054;

    /** Two-sided 95 % t quantiles for 1..30 degrees of freedom (standard tables). */
    private static final double[] T95 = {
            12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
            2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
            2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};

    private Intervals() {
    }

    /**
     * Wilson score interval for {@code k} successes in {@code n} trials, as shares 0..1. Unlike
     * p ± 1.96·SE it stays inside 0..1 and is not zero-width at 0/n or n/n.
     */
    public static double[] wilson(long k, long n) {
        if (n <= 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n and n > 0, got " + k + "/" + n);
        }
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        // At 0/n and n/n the exact bound is 0 or 1; rounding must not push it past.
        double low = k == 0 ? 0 : Math.max(0, centre - half);
        double high = k == n ? 1 : Math.min(1, centre + half);
        return new double[] {low, high};
    }

    /**
     * The two-sided 95 % quantile of Student's t: the table for up to 30 degrees of freedom,
     * beyond that the Cornish-Fisher expansion around the normal quantile (error below 1e-4).
     */
    public static double t95(long degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1");
        }
        if (degreesOfFreedom <= T95.length) {
            return T95[(int) degreesOfFreedom - 1];
        }
        double z = Z95;
        double v = degreesOfFreedom;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
    }

    /**
     * The 95 % t interval of a mean from the sample standard deviation (n − 1 in the denominator),
     * or null when n < 2 (one answer says nothing about spread).
     */
    public static double[] meanInterval(double mean, double sampleSd, long n) {
        if (n < 2) {
            return null;
        }
        double half = t95(n - 1) * sampleSd / Math.sqrt(n);
        return new double[] {mean - half, mean + half};
    }
}
