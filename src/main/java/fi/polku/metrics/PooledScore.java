package fi.polku.metrics;

import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;

import java.util.List;

/**
 * One metric's score pooled by n over several touchpoints' measurements, with its 95 % interval where the
 * stored numbers allow an honest one (docs/metrics.md, "Pooling"). Measurements without n are left out
 * and counted in {@code withoutN}.
 *
 * @param value       on the metric's scale, or null when no measurement with an n was pooled
 * @param n           the pooled number of answers
 * @param ciLow       lower end of the 95 % interval, or null when it cannot be given
 * @param ciHigh      upper end, or null
 * @param touchpoints how many touchpoints' measurements were pooled
 * @param withoutN    measurements left out because they carry no n
 */
public record PooledScore(MetricDefinition metric, Double value, int n, Double ciLow, Double ciHigh,
                          int touchpoints, int withoutN) {
    /** Whether a score was pooled at all. */
    public boolean present() {
        return value != null;
    }

    public boolean hasInterval() {
        return ciLow != null && ciHigh != null;
    }

    /** Fewer answers than {@link MetricResult#SMALL_SAMPLE}. */
    public boolean smallSample() {
        return present() && n < MetricResult.SMALL_SAMPLE;
    }

    /**
     * Pools the measurements of one metric: shares (CSAT, FCR, yes/no metrics) by counts (Wilson), NPS and
     * means by their spread.
     */
    public static PooledScore of(MetricDefinition metric, List<Measurement> measurements) {
        List<Measurement> counted = measurements.stream().filter(m -> m.n() != null && m.n() > 0).toList();
        int withoutN = measurements.size() - counted.size();
        if (counted.isEmpty()) {
            return new PooledScore(metric, null, 0, null, null, 0, withoutN);
        }
        long n = counted.stream().mapToLong(Measurement::n).sum();
        double[] pooled = metric.isYesNo() ? share(counted, n) : switch (metric.id()) {
            case MetricDefinition.CSAT, MetricDefinition.FCR -> share(counted, n);
            case MetricDefinition.NPS -> nps(counted, n);
            default -> mean(metric, counted, n);
        };
        return new PooledScore(metric, pooled[0], Math.toIntExact(n), pooled.length > 1 ? pooled[1] : null,
                pooled.length > 1 ? pooled[2] : null, counted.size(), withoutN);
    }

    /** A percentage of yes-answers: the counts k = round(p·n) are added up, then Wilson on ΣK of ΣN. */
    private static double[] share(List<Measurement> counted, long n) {
        long k = 0;
        for (Measurement m : counted) {
            k += Math.clamp(Math.round(m.value() / 100 * m.n()), 0, m.n());
        }
        double[] ci = Intervals.wilson(k, n);
        return new double[] {100.0 * k / n, 100 * ci[0], 100 * ci[1]};
    }

    /**
     * NPS as the mean of +1/0/−1 scores: the n-weighted mean, and the pooled variance (within each
     * touchpoint, from its interval's half-width, plus between touchpoints) as {@link Nps} would compute
     * it from all the answers together.
     */
    private static double[] nps(List<Measurement> counted, long n) {
        double mean = counted.stream().mapToDouble(m -> m.n() * m.value() / 100).sum() / n;
        double sum = 0;
        for (Measurement m : counted) {
            Double half = halfWidth(m);
            if (m.n() > 1 && half == null) {
                return new double[] {100 * mean};
            }
            double within = m.n() == 1 ? 0 : Math.pow(half / 100 / Intervals.Z95, 2) * m.n();
            sum += m.n() * (within + Math.pow(m.value() / 100 - mean, 2));
        }
        double se = Math.sqrt(sum / n / n);
        return new double[] {100 * mean, 100 * Math.max(-1, mean - Intervals.Z95 * se),
                100 * Math.min(1, mean + Intervals.Z95 * se)};
    }

    /**
     * A mean answer: the n-weighted mean and the sample standard deviation of all answers together,
     * s² = (Σ(nᵢ − 1)sᵢ² + Σnᵢ(mᵢ − m)²)/(N − 1), where sᵢ = half-width·√nᵢ / t(nᵢ − 1) from each interval;
     * the interval is Student's t with N − 1 df, clipped to the scale as {@link MeanScore} clips it.
     */
    private static double[] mean(MetricDefinition metric, List<Measurement> counted, long n) {
        double mean = counted.stream().mapToDouble(m -> m.n() * m.value()).sum() / n;
        if (n < 2) {
            return new double[] {mean};
        }
        double sum = 0;
        for (Measurement m : counted) {
            Double half = halfWidth(m);
            if (m.n() > 1 && half == null) {
                return new double[] {mean};
            }
            double sd = m.n() == 1 ? 0 : half * Math.sqrt(m.n()) / Intervals.t95(m.n() - 1);
            sum += (m.n() - 1) * sd * sd + m.n() * Math.pow(m.value() - mean, 2);
        }
        double[] ci = Intervals.meanInterval(mean, Math.sqrt(sum / (n - 1)), n);
        return new double[] {mean, Math.max(metric.min(), ci[0]), Math.min(metric.max(), ci[1])};
    }

    /**
     * The interval's half-width: the longer side, since a stored interval may have been clipped on one
     * side at the scale's end; null without an interval.
     */
    private static Double halfWidth(Measurement m) {
        return m.hasInterval() ? Math.max(m.value() - m.ciLow(), m.ciHigh() - m.value()) : null;
    }
}
