package fi.polku.metrics;

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
            Measurement m = LatestMeasurement.of(t, metricId).orElse(null);
            if (t.importance() != null && m != null) {
                points.add(new double[] {t.importance(), metric.normalise(m.value())});
            }
        }
        Crosshair.Position position = crosshair.position(points);
        List<TouchpointRow> rows = new ArrayList<>();
        for (Touchpoint t : touchpoints) {
            rows.add(row(metric, t, position));
        }
        return new TouchpointAnalysis(metric, crosshair, position, rows, JourneyScore.of(map, rows));
    }

    private static TouchpointRow row(MetricDefinition metric, Touchpoint t, Crosshair.Position position) {
        Measurement m = LatestMeasurement.of(t, metric.id()).orElse(null);
        Double target = t.targets().get(metric.id());
        Double importance = t.importance();
        if (m == null) {
            return new TouchpointRow(t, importance, null, null, target, TargetStatus.NOT_MEASURED, null, null, null);
        }
        double performance = metric.normalise(m.value());
        TargetStatus status = TargetStatus.of(metric, m.value(), m.ciLow(), m.ciHigh(), target);
        Quadrant quadrant = importance == null ? null : Quadrant.of(importance, performance, position);
        Double gap = target == null ? null
                : status == TargetStatus.BELOW ? Math.max(0, metric.normalise(target) - performance) : 0.0;
        Double priority = gap == null || importance == null ? null : importance * gap;
        return new TouchpointRow(t, importance, m, performance, target, status, quadrant, gap, priority);
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
