package fi.polku.metrics;

import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

/**
 * One touchpoint's line in an analysis of one metric; every field can be shown to explain the ranking.
 *
 * @param importance        1–5, or null when not rated
 * @param measurement       the measurement that counts ({@link LatestMeasurement}), or null
 * @param performance       the measured value normalised to 0–100 (100 best), or null without a measurement
 * @param target            the touchpoint's target for the metric, or null
 * @param status            against the target; {@link TargetStatus#NOT_MEASURED} without a measurement
 * @param quadrant          null unless the touchpoint is plotted ({@code matrixPerformance} and importance known)
 * @param gap               normalised points short of the target when {@link TargetStatus#BELOW}, 0 when at or
 *                          above, null without a target or measurement; priorities use it, so that they
 *                          compare across metrics
 * @param priority          importance × gap, or null when either is unknown
 * @param metric            the metric of this line (null only on lines made with the shorter constructor)
 * @param targetDistance    normalised performance minus normalised target (negative = worse than target),
 *                          or null without a target or measurement
 * @param unitGap           {@code gap} in the metric's own unit (CSAT %-points, CES scale points...): how far
 *                          the value is from the target when BELOW, 0 when at or above, null like {@code gap}
 * @param matrixPerformance where the point sits on the matrix's performance axis under the analysis's
 *                          crosshair: {@code performance} for the means and midpoints; for
 *                          {@link Crosshair#TARGET} the target distance, 0 when AT (the interval holds the
 *                          target), never ≥ 0 when BELOW; null when it has no place there
 */
public record TouchpointRow(Touchpoint touchpoint, Double importance, Measurement measurement,
                            Double performance, Double target, TargetStatus status, Quadrant quadrant,
                            Double gap, Double priority, MetricDefinition metric, Double targetDistance,
                            Double unitGap, Double matrixPerformance) {
    /** A line without the metric and the target distances, as analyses made them before the target crosshair. */
    public TouchpointRow(Touchpoint touchpoint, Double importance, Measurement measurement, Double performance,
                         Double target, TargetStatus status, Quadrant quadrant, Double gap, Double priority) {
        this(touchpoint, importance, measurement, performance, target, status, quadrant, gap, priority, null,
                null, null, performance);
    }

    /** The priority as a sentence a facilitator can check, e.g. "importance 4 × gap 12.5 = 50". */
    public Text explainPriority() {
        if (priority == null) {
            return importance == null ? Text.of("priority.noImportance") : Text.of("priority.noGap", status.text());
        }
        return Text.of("priority.explained", importance, round(gap), round(priority));
    }

    /** True when the point has a place on the matrix: an importance and a performance coordinate. */
    public boolean plotted() {
        return importance != null && matrixPerformance != null;
    }

    /** True when the measurement rests on fewer than {@link MetricResult#SMALL_SAMPLE} answers. */
    public boolean smallSample() {
        return measurement != null && measurement.n() != null && measurement.n() < MetricResult.SMALL_SAMPLE;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
