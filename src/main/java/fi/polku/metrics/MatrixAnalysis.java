package fi.polku.metrics;

import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an importance-performance matrix shows, shared by the analysis view, the exported picture and the
 * report: the plotted touchpoints, those measured but without a place on the performance axis, and the
 * crosshair. Either one metric for every touchpoint, or every measured touchpoint by its {@link KeyMetric}.
 *
 * @param metric           the one metric shown, or null when each touchpoint shows its key metric
 * @param plotted          rows with an importance and a performance coordinate, in reading order
 * @param withoutTarget    measured rows with an importance but, under {@link Crosshair#TARGET}, no target: they
 *                         cannot be called below or above it, so they are listed apart, never in a quadrant
 * @param withoutImportance measured rows without an importance rating, which no matrix can place
 */
public record MatrixAnalysis(MetricDefinition metric, Crosshair crosshair, Crosshair.Position position,
                             List<TouchpointRow> plotted, List<TouchpointRow> withoutTarget,
                             List<TouchpointRow> withoutImportance) {
    public MatrixAnalysis {
        plotted = List.copyOf(plotted);
        withoutTarget = List.copyOf(withoutTarget);
        withoutImportance = List.copyOf(withoutImportance);
    }

    /** The matrix of one metric, from its analysis. */
    public static MatrixAnalysis of(TouchpointAnalysis analysis) {
        return sorted(analysis.metric(), analysis.crosshair(), analysis.position(), analysis.rows());
    }

    /** The matrix of one metric of a map. */
    public static MatrixAnalysis oneMetric(JourneyMap map, String metricId, Crosshair crosshair) {
        return of(TouchpointAnalysis.of(map, metricId, crosshair));
    }

    /**
     * Every measured touchpoint, each placed by its key metric: under the target crosshair by its normalised
     * distance from target, so that CSAT, NPS and CES points share one axis.
     */
    public static MatrixAnalysis allMetrics(JourneyMap map, Crosshair crosshair) {
        List<Touchpoint> touchpoints = new ArrayList<>();
        List<MetricDefinition> metrics = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        for (Touchpoint t : MapOrder.touchpoints(map)) {
            MetricDefinition m = KeyMetric.of(t, map).orElse(null);
            if (m == null) {
                continue;
            }
            touchpoints.add(t);
            metrics.add(m);
            Double y = TouchpointAnalysis.coordinate(m, t, crosshair);
            if (t.importance() != null && y != null) {
                points.add(new double[] {t.importance(), y});
            }
        }
        Crosshair.Position position = crosshair.position(points);
        List<TouchpointRow> rows = new ArrayList<>();
        for (int i = 0; i < touchpoints.size(); i++) {
            rows.add(TouchpointAnalysis.row(metrics.get(i), touchpoints.get(i), crosshair, position));
        }
        return sorted(null, crosshair, position, rows);
    }

    private static MatrixAnalysis sorted(MetricDefinition metric, Crosshair crosshair, Crosshair.Position position,
                                         List<TouchpointRow> rows) {
        List<TouchpointRow> plotted = new ArrayList<>();
        List<TouchpointRow> withoutTarget = new ArrayList<>();
        List<TouchpointRow> withoutImportance = new ArrayList<>();
        for (TouchpointRow r : rows) {
            if (r.measurement() == null) {
                continue;
            }
            if (r.importance() == null) {
                withoutImportance.add(r);
            } else if (r.plotted()) {
                plotted.add(r);
            } else {
                withoutTarget.add(r);
            }
        }
        return new MatrixAnalysis(metric, crosshair, position, plotted, withoutTarget, withoutImportance);
    }

    /** True when each point shows its own key metric rather than one metric for all. */
    public boolean allMetrics() {
        return metric == null;
    }

    /**
     * The metrics the shown points are measured by (plotted and listed apart): the built-ins in their
     * usual order (NPS, CSAT, CES, FCR, Emotion), then the map's own in the order they first appear.
     */
    public List<MetricDefinition> shownMetrics() {
        Set<MetricDefinition> shown = new LinkedHashSet<>();
        for (List<TouchpointRow> list : List.of(plotted, withoutTarget)) {
            list.forEach(r -> shown.add(r.metric()));
        }
        List<MetricDefinition> ordered = new ArrayList<>(MetricDefinition.BUILT_INS);
        ordered.retainAll(shown);
        shown.stream().filter(m -> !ordered.contains(m)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    /** The number of touchpoints the matrix shows, on the axes or listed apart. */
    public int shownCount() {
        return plotted.size() + withoutTarget.size();
    }
}
