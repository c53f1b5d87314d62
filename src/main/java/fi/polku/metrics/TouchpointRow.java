package fi.polku.metrics;

import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

/**
 * One touchpoint's line in an analysis of one metric; every field can be shown to explain the ranking.
 *
 * @param importance  1–5, or null when not rated
 * @param measurement the measurement that counts ({@link LatestMeasurement}), or null
 * @param performance the measured value normalised to 0–100 (100 best), or null without a measurement
 * @param target      the touchpoint's target for the metric, or null
 * @param status      against the target; {@link TargetStatus#NOT_MEASURED} without a measurement
 * @param quadrant    null unless both importance and performance are known
 * @param gap         normalised points short of the target when {@link TargetStatus#BELOW}, 0 when at or
 *                    above, null without a target or measurement
 * @param priority    importance × gap, or null when either is unknown
 */
public record TouchpointRow(Touchpoint touchpoint, Double importance, Measurement measurement,
                            Double performance, Double target, TargetStatus status, Quadrant quadrant,
                            Double gap, Double priority) {
    /** The priority as a sentence a facilitator can check, e.g. "importance 4 × gap 12.5 = 50". */
    public Text explainPriority() {
        if (priority == null) {
            return importance == null ? Text.of("priority.noImportance") : Text.of("priority.noGap", status.text());
        }
        return Text.of("priority.explained", importance, round(gap), round(priority));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
