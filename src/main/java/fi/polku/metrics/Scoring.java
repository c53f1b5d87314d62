package fi.polku.metrics;

import fi.polku.model.MetricDefinition;

import java.util.Optional;

/** Turns the counted answers of any metric into its score, choosing the right formula by metric. */
public final class Scoring {
    private Scoring() {
    }

    /** The score of a tally, or empty when no answer was counted (the "no data" state). */
    public static Optional<MetricResult> score(AnswerTally tally) {
        MetricDefinition metric = tally.scale().metric();
        if (!metric.builtIn()) {
            return metric.isYesNo() ? YesNoShare.of(tally) : MeanScore.of(tally);
        }
        return switch (metric.id()) {
            case MetricDefinition.NPS -> Nps.of(tally);
            case MetricDefinition.CSAT -> Csat.of(tally);
            case MetricDefinition.FCR -> Fcr.of(tally);
            default -> MeanScore.of(tally);
        };
    }
}
