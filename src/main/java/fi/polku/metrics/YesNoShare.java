package fi.polku.metrics;

import fi.polku.model.EvidenceLevel;

import java.util.Map;
import java.util.Optional;

/**
 * The score of a custom yes/no metric ("approached within 5 minutes"): the percentage of yes answers with a
 * Wilson 95 % interval, as {@link Fcr} scores resolved contacts. A share is never averaged as a 0..1 scale
 * with a t interval, which would be too narrow near 0 % and 100 % and could leave 0–100.
 */
public final class YesNoShare {
    /** The {@link MetricResult#extras()} key of the number of yes answers. */
    public static final String YES = "yes";

    private YesNoShare() {
    }

    /** The score of {@code yes} of {@code n} answers of metric {@code metricId}, or empty when n = 0. */
    public static Optional<MetricResult> of(String metricId, long yes, long n) {
        if (n == 0) {
            return Optional.empty();
        }
        double[] ci = Intervals.wilson(yes, n);
        return Optional.of(new MetricResult(metricId, Math.toIntExact(n), 100.0 * yes / n, 100 * ci[0],
                100 * ci[1], null, null, EvidenceLevel.OBSERVED, Map.of(YES, (double) yes)));
    }

    static Optional<MetricResult> of(AnswerTally tally) {
        return of(tally.scale().id(), tally.countBetween(1, 1), tally.n())
                .map(r -> r.withDates(tally.from(), tally.to()));
    }
}
