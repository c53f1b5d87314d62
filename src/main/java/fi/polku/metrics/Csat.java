package fi.polku.metrics;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.MetricDefinition;

import java.util.Map;
import java.util.Optional;

/**
 * Customer satisfaction: the % of 1–5 answers that are 4 or 5 (the value, with a Wilson 95 % interval)
 * and the mean answer (extra "mean").
 */
public final class Csat {
    private Csat() {
    }

    /**
     * The score from answer counts.
     *
     * @param counts counts[i] answers of value i + 1, i.e. counts of 1, 2, 3, 4, 5
     */
    public static Optional<MetricResult> of(long[] counts) {
        if (counts.length != 5) {
            throw new IllegalArgumentException("CSAT needs counts of answers 1–5");
        }
        long n = 0;
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            n += counts[i];
            sum += (i + 1.0) * counts[i];
        }
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of(result(n, counts[3] + counts[4], sum / n));
    }

    static Optional<MetricResult> of(AnswerTally tally) {
        if (tally.n() == 0) {
            return Optional.empty();
        }
        return Optional.of(result(tally.n(), tally.countBetween(4, 5), tally.mean())
                .withDates(tally.from(), tally.to()));
    }

    private static MetricResult result(long n, long satisfied, double mean) {
        double[] ci = Intervals.wilson(satisfied, n);
        return new MetricResult(MetricDefinition.CSAT, Math.toIntExact(n), 100.0 * satisfied / n, 100 * ci[0],
                100 * ci[1], null, null, EvidenceLevel.OBSERVED, Map.of("mean", mean));
    }
}
