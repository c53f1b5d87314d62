package fi.polku.metrics;

import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;

/**
 * What a stored measurement tells of the answers behind it, for a comparison: a map keeps per measurement
 * its value, n and (usually) its 95 % interval, not the answers or their counts (docs/metrics.md,
 * "Comparing two rounds", what is recovered and how).
 */
final class StoredSample {
    private StoredSample() {
    }

    /** The count of yes-answers behind a share in percent: round(p·n), kept within 0..n. */
    static long yes(Measurement m) {
        return Math.clamp(Math.round(m.value() / 100 * m.n()), 0, m.n());
    }

    /**
     * The promoter and detractor shares behind an NPS: with S = NPS/100 and v the variance of the +1/0/−1
     * score, p₊ + p₋ = v + S², so p₊ = (v + S² + S)/2 and p₋ = (v + S² − S)/2. v comes from the stored
     * interval, v = n·(h/1.96)²; without one, v = 1 − S² (no passives), the largest v that S allows.
     */
    static double[] npsShares(Measurement m) {
        double s = Math.clamp(m.value() / 100, -1, 1);
        Double half = halfWidth(m);
        double v = half == null ? 1 - s * s : m.n() * Math.pow(half / 100 / Intervals.Z95, 2);
        double sum = Math.clamp(v + s * s, Math.abs(s), 1);
        return new double[] {(sum + s) / 2, (sum - s) / 2};
    }

    /**
     * The sample standard deviation behind a mean, from its t interval: s = h·√n / t₀.₉₇₅(n − 1), as
     * {@link MeanScore} made the interval. Without one, the largest a sample on the metric's scale can have,
     * (max − min)/2 · √(n/(n − 1)).
     */
    static double sd(Measurement m, MetricDefinition metric) {
        Double half = halfWidth(m);
        if (half == null) {
            return (metric.max() - metric.min()) / 2 * Math.sqrt((double) m.n() / (m.n() - 1));
        }
        return half * Math.sqrt(m.n()) / Intervals.t95(m.n() - 1);
    }

    /** Whether the spread of an NPS or a mean must be assumed, as the measurement stores no interval. */
    static boolean spreadUnknown(Measurement m) {
        return halfWidth(m) == null;
    }

    /**
     * The interval's half-width: its longer side, since a stored interval may have been clipped on one side
     * at the scale's end; null without an interval.
     */
    private static Double halfWidth(Measurement m) {
        return m.hasInterval() ? Math.max(m.value() - m.ciLow(), m.ciHigh() - m.value()) : null;
    }
}
