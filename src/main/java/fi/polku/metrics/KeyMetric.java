package fi.polku.metrics;

import fi.polku.model.Direction;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The one metric that speaks for a touchpoint, on its card and in the all-metrics matrix: the first metric
 * (in the map's metric order) that has both a target and a measurement, else the metric of its latest
 * measurement. One rule, so that the card's badge and the matrix point always name the same score.
 */
public final class KeyMetric {
    private KeyMetric() {
    }

    /** The touchpoint's key metric, or empty when it has no measurements. */
    public static Optional<MetricDefinition> of(Touchpoint tp, JourneyMap map) {
        if (tp.measurements().isEmpty()) {
            return Optional.empty();
        }
        for (MetricDefinition m : map.allMetrics()) {
            if (tp.targets().get(m.id()) != null && LatestMeasurement.of(tp, m.id()).isPresent()) {
                return Optional.of(m);
            }
        }
        String metricId = latestMetricId(tp);
        return Optional.of(map.metric(metricId)
                .orElse(MetricDefinition.custom(metricId, metricId, "", 0, 100, Direction.HIGHER_IS_BETTER)));
    }

    /** The metric of the touchpoint's latest measurement (same tie rule as {@link LatestMeasurement}). */
    private static String latestMetricId(Touchpoint tp) {
        Measurement best = null;
        for (Measurement m : tp.measurements()) {
            if (best == null || !dateOf(m).isBefore(dateOf(best))) {
                best = m;
            }
        }
        return best.metric();
    }

    private static LocalDate dateOf(Measurement m) {
        return m.date() != null ? m.date() : m.dateFrom() != null ? m.dateFrom() : LocalDate.MIN;
    }
}
