package fi.polku.metrics;

import fi.polku.model.Direction;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Importance, performance, target status, quadrant, gap and priority of every touchpoint of a map for one
 * metric, in reading order, with the journey score. The basis of the analysis views and {@code polku analyze}.
 *
 * @param position     where the crosshair lies for these rows
 * @param journeyScore importance-weighted mean performance per stage and overall
 */
public record TouchpointAnalysis(MetricDefinition metric, Crosshair crosshair, Crosshair.Position position,
                                 List<TouchpointRow> rows, JourneyScore journeyScore) {
    /** Below its target a point sits at least this far under the line, so that it never counts as on it. */
    private static final double BELOW_LINE = 1e-9;

    public TouchpointAnalysis {
        rows = List.copyOf(rows);
    }

    /**
     * Analyses a map for one metric.
     *
     * @throws IllegalArgumentException when the map knows no such metric
     */
    public static TouchpointAnalysis of(JourneyMap map, String metricId, Crosshair crosshair) {
        MetricDefinition metric = map.metric(metricId)
                .orElseThrow(() -> new IllegalArgumentException("unknown metric \"" + metricId + "\""));
        List<Touchpoint> touchpoints = MapOrder.touchpoints(map);
        List<double[]> points = new ArrayList<>();
        for (Touchpoint t : touchpoints) {
            Double y = coordinate(metric, t, crosshair);
            if (t.importance() != null && y != null) {
                points.add(new double[] {t.importance(), y});
            }
        }
        Crosshair.Position position = crosshair.position(points);
        List<TouchpointRow> rows = new ArrayList<>();
        for (Touchpoint t : touchpoints) {
            rows.add(row(metric, t, crosshair, position));
        }
        return new TouchpointAnalysis(metric, crosshair, position, rows, JourneyScore.of(map, rows));
    }

    /** Where the touchpoint sits on the performance axis under {@code crosshair}, or null if nowhere. */
    static Double coordinate(MetricDefinition metric, Touchpoint t, Crosshair crosshair) {
        Measurement m = LatestMeasurement.of(t, metric.id()).orElse(null);
        if (m == null) {
            return null;
        }
        double performance = metric.normalise(m.value());
        if (crosshair != Crosshair.TARGET) {
            return performance;
        }
        Double target = t.targets().get(metric.id());
        if (target == null) {
            return null;
        }
        double distance = performance - metric.normalise(target);
        return switch (TargetStatus.of(metric, m.value(), m.ciLow(), m.ciHigh(), target)) {
            // The data cannot tell the score from its target: it sits on the line, as its card says "at".
            case AT -> Crosshair.ON_TARGET;
            // A target outside the scale can clip both ends to one point; below stays below all the same.
            case BELOW -> Math.min(distance, -BELOW_LINE);
            case ABOVE -> Math.max(distance, Crosshair.ON_TARGET);
            case NO_TARGET, NOT_MEASURED -> null;
        };
    }

    static TouchpointRow row(MetricDefinition metric, Touchpoint t, Crosshair crosshair, Crosshair.Position position) {
        Measurement m = LatestMeasurement.of(t, metric.id()).orElse(null);
        Double target = t.targets().get(metric.id());
        Double importance = t.importance();
        if (m == null) {
            return new TouchpointRow(t, importance, null, null, target, TargetStatus.NOT_MEASURED, null, null, null,
                    metric, null, null, null);
        }
        double performance = metric.normalise(m.value());
        TargetStatus status = TargetStatus.of(metric, m.value(), m.ciLow(), m.ciHigh(), target);
        Double y = coordinate(metric, t, crosshair);
        Quadrant quadrant = importance == null || y == null ? null : Quadrant.of(importance, y, position);
        boolean below = status == TargetStatus.BELOW;
        Double gap = target == null ? null : below ? Math.max(0, metric.normalise(target) - performance) : 0.0;
        Double unitGap = target == null ? null : below ? unitsWorse(metric, m.value(), target) : 0.0;
        Double distance = target == null ? null : performance - metric.normalise(target);
        Double priority = gap == null || importance == null ? null : importance * gap;
        return new TouchpointRow(t, importance, m, performance, target, status, quadrant, gap, priority, metric,
                distance, unitGap, y);
    }

    /** How many of the metric's units the value is worse than the target, whichever way the metric runs. */
    private static double unitsWorse(MetricDefinition metric, double value, double target) {
        double worse = metric.direction() == Direction.HIGHER_IS_BETTER ? target - value : value - target;
        return Math.max(0, worse);
    }

    /**
     * Touchpoints below their target, highest priority first; ties go to the more important, then to
     * reading order. Touchpoints at or above target, or without importance, are not ranked.
     */
    public List<TouchpointRow> priorityRanking() {
        return rows.stream()
                .filter(r -> r.priority() != null && r.priority() > 0)
                .sorted(Comparator.comparingDouble(TouchpointRow::priority).reversed()
                        .thenComparing(Comparator.comparingDouble(TouchpointRow::importance).reversed()))
                .toList();
    }
}
