package fi.polku.metrics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The 95 % interval of a change between two independent samples, one formula per kind of score
 * (docs/metrics.md, "Comparing two rounds"): NPS as the difference of two means of +1/0/−1 scores, shares
 * by Newcombe's hybrid score interval, means by Welch's t.
 */
public final class ChangeIntervals {
    private ChangeIntervals() {
    }

    /**
     * NPS B − A in points: the difference of two independent NPS estimates, each with the variance of its
     * +1/0/−1 score from its promoter and detractor shares, (p₊ + p₋) − (p₊ − p₋)², so that
     * SE = √(v_A/n_A + v_B/n_B) and the interval is d ± 1.96·SE, clipped to −200..200.
     */
    public static DeltaInterval nps(double promotersA, double detractorsA, long nA,
                                    double promotersB, double detractorsB, long nB) {
        requirePositive(nA, nB);
        double a = promotersA - detractorsA;
        double b = promotersB - detractorsB;
        double se = Math.sqrt(Nps.variance(promotersA, detractorsA) / nA + Nps.variance(promotersB, detractorsB) / nB);
        double delta = b - a;
        return new DeltaInterval(100 * delta, 100 * Math.max(-2, delta - Intervals.Z95 * se),
                100 * Math.min(2, delta + Intervals.Z95 * se), null);
    }

    /**
     * A share B − A in %-points by Newcombe's hybrid score interval (Newcombe 1998, method 10): with the
     * Wilson intervals (l, u) of each share, d − √((p_B − l_B)² + (u_A − p_A)²) to
     * d + √((u_B − p_B)² + (p_A − l_A)²). It stays within −100..100 and is not zero-width at 0 % or 100 %.
     */
    public static DeltaInterval shares(long yesA, long nA, long yesB, long nB) {
        requirePositive(nA, nB);
        double pA = (double) yesA / nA;
        double pB = (double) yesB / nB;
        double[] a = Intervals.wilson(yesA, nA);
        double[] b = Intervals.wilson(yesB, nB);
        double delta = pB - pA;
        double low = delta - Math.hypot(pB - b[0], a[1] - pA);
        double high = delta + Math.hypot(b[1] - pB, pA - a[0]);
        return new DeltaInterval(100 * delta, 100 * Math.min(delta, low), 100 * Math.max(delta, high), null);
    }

    /**
     * A mean B − A by Welch's t: SE = √(s_A²/n_A + s_B²/n_B), Welch–Satterthwaite degrees of freedom
     * ν = SE⁴ / ((s_A²/n_A)²/(n_A − 1) + (s_B²/n_B)²/(n_B − 1)), and d ± t₀.₉₇₅(ν)·SE. Both samples need
     * at least two answers; with no spread in either (every answer alike) the interval is the change itself.
     */
    public static DeltaInterval means(double meanA, double sdA, long nA, double meanB, double sdB, long nB) {
        if (nA < 2 || nB < 2) {
            throw new IllegalArgumentException("Welch's t needs at least two answers a side, got " + nA + " and " + nB);
        }
        double vA = sdA * sdA / nA;
        double vB = sdB * sdB / nB;
        double delta = meanB - meanA;
        double se2 = vA + vB;
        if (se2 == 0) {
            return new DeltaInterval(delta, delta, delta, null);
        }
        double df = se2 * se2 / (vA * vA / (nA - 1) + vB * vB / (nB - 1));
        double half = t975(df) * Math.sqrt(se2);
        return new DeltaInterval(delta, delta - half, delta + half, df);
    }

    /** The 0.975 quantile of Student's t with {@code df} (not necessarily whole) degrees of freedom. */
    static double t975(double df) {
        // No random generator: the distribution is only asked for a quantile, never sampled.
        return new TDistribution(null, df, TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY)
                .inverseCumulativeProbability(0.975);
    }

    private static void requirePositive(long nA, long nB) {
        if (nA < 1 || nB < 1) {
            throw new IllegalArgumentException("both samples need answers, got n " + nA + " and " + nB);
        }
    }
}
