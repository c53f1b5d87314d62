package fi.polku.metrics;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.MetricDefinition;

import java.util.Map;
import java.util.Optional;

/**
 * Net Promoter Score: % promoters (9–10) minus % detractors (0–6), in points −100..100. Its interval is
 * NPS ± 1.96·SE, where SE = sqrt(((p+ + p−) − (p+ − p−)²) / n) is the standard error of the mean of
 * +1/0/−1 scores, in points.
 */
public final class Nps {
    private Nps() {
    }

    /** The score from the three counts, or empty when there are no answers. */
    public static Optional<MetricResult> of(long promoters, long passives, long detractors) {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        long n = promoters + passives + detractors;
        if (n == 0) {
            return Optional.empty();
        }
        double pPlus = (double) promoters / n;
        double pMinus = (double) detractors / n;
        double score = pPlus - pMinus;
        double se = Math.sqrt(variance(pPlus, pMinus) / n);
        double low = Math.max(-1, score - Intervals.Z95 * se);
        double high = Math.min(1, score + Intervals.Z95 * se);
        return Optional.of(new MetricResult(MetricDefinition.NPS, Math.toIntExact(n), 100 * score, 100 * low,
                100 * high, null, null, EvidenceLevel.OBSERVED, Map.of("promoters", (double) promoters,
                "passives", (double) passives, "detractors", (double) detractors)));
    }

    /** Variance of the +1/0/−1 score: (p+ + p−) − (p+ − p−)². */
    public static double variance(double pPlus, double pMinus) {
        double score = pPlus - pMinus;
        return Math.max(0, (pPlus + pMinus) - score * score);
    }

    static Optional<MetricResult> of(AnswerTally tally) {
        return of(tally.countBetween(9, 10), tally.countBetween(7, 8), tally.countBetween(0, 6))
                .map(r -> r.withDates(tally.from(), tally.to()));
    }
}
