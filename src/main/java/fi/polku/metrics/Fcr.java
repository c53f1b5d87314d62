package fi.polku.metrics;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.MetricDefinition;

import java.util.Map;
import java.util.Optional;

/** First contact resolution: % of contacts resolved on the first contact, with a Wilson 95 % interval. */
public final class Fcr {
    private Fcr() {
    }

    /** The score of {@code resolved} of {@code n} contacts, or empty when n = 0. */
    public static Optional<MetricResult> of(long resolved, long n) {
        if (n == 0) {
            return Optional.empty();
        }
        double[] ci = Intervals.wilson(resolved, n);
        return Optional.of(new MetricResult(MetricDefinition.FCR, Math.toIntExact(n), 100.0 * resolved / n,
                100 * ci[0], 100 * ci[1], null, null, EvidenceLevel.OBSERVED,
                Map.of("resolved", (double) resolved)));
    }

    static Optional<MetricResult> of(AnswerTally tally) {
        return of(tally.countBetween(1, 1), tally.n()).map(r -> r.withDates(tally.from(), tally.to()));
    }
}
