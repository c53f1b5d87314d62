package fi.polku.metrics;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.MetricDefinition;

import java.util.Map;
import java.util.Optional;

/**
 * A mean answer with its 95 % interval from Student's t with n − 1 degrees of freedom (not the normal
 * approximation, which is too narrow for the small samples typical of touchpoint surveys). Used for CES
 * (1–7, with extra "agreePct" = % answering 5–7), emotion (−3..+3) and custom metrics on their own scale.
 */
public final class MeanScore {
    private MeanScore() {
    }

    /** The mean score of the answers counted in a tally, or empty when it has none. */
    public static Optional<MetricResult> of(AnswerTally tally) {
        if (tally.n() == 0) {
            return Optional.empty();
        }
        AnswerScale scale = tally.scale();
        Map<String, Double> extras = Map.of();
        if (scale.metric().builtIn() && scale.id().equals(MetricDefinition.CES)) {
            extras = Map.of("agreePct", 100.0 * tally.countBetween(5, 7) / tally.n());
        }
        double[] ci = Intervals.meanInterval(tally.mean(), tally.sampleSd(), tally.n());
        Double low = ci == null ? null : Math.max(scale.min(), ci[0]);
        Double high = ci == null ? null : Math.min(scale.max(), ci[1]);
        return Optional.of(new MetricResult(scale.id(), Math.toIntExact(tally.n()), tally.mean(), low, high,
                tally.from(), tally.to(), EvidenceLevel.OBSERVED, extras));
    }
}
