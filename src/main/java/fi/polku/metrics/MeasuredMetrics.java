package fi.polku.metrics;

import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The metrics a map has measurements of, and the one an analysis shows first. */
public final class MeasuredMetrics {
    private MeasuredMetrics() {
    }

    /** The built-ins then the map's own metrics, those that some touchpoint has a measurement of. */
    public static List<MetricDefinition> of(JourneyMap map) {
        return map.allMetrics().stream()
                .filter(d -> map.touchpoints().stream().anyMatch(t -> measured(t, d.id())))
                .toList();
    }

    /** The measured metric with the most touchpoints that have both an importance and a measurement of it. */
    public static Optional<MetricDefinition> mostPlotted(JourneyMap map) {
        return of(map).stream().max(Comparator.comparingLong(d -> map.touchpoints().stream()
                .filter(t -> t.importance() != null && measured(t, d.id())).count()));
    }

    private static boolean measured(Touchpoint t, String metricId) {
        return t.measurements().stream().anyMatch(m -> m.metric().equals(metricId));
    }
}
