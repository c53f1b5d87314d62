package fi.polku.layout;

import fi.polku.model.Direction;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The one score a card shows: the first metric (in the map's metric order) that has both a target and a
 * measurement, else the latest measurement; for a metric, its latest measurement by date.
 *
 * @param target the touchpoint's target for the metric, or null
 */
public record KeyScore(MetricDefinition metric, Measurement measurement, Double target, TargetStatus status) {

    /** The key score of a touchpoint, or empty when it has no measurements. */
    public static Optional<KeyScore> of(Touchpoint tp, JourneyMap map) {
        if (tp.measurements().isEmpty()) {
            return Optional.empty();
        }
        for (MetricDefinition m : map.allMetrics()) {
            Double target = tp.targets().get(m.id());
            Measurement latest = latest(tp, m.id());
            if (target != null && latest != null) {
                return Optional.of(new KeyScore(m, latest, target, status(latest, target, m.direction())));
            }
        }
        Measurement latest = latest(tp, null);
        MetricDefinition m = map.metric(latest.metric())
                .orElse(MetricDefinition.custom(latest.metric(), latest.metric(), "", 0, 100,
                        Direction.HIGHER_IS_BETTER));
        Double target = tp.targets().get(m.id());
        TargetStatus st = target == null ? TargetStatus.NO_TARGET : status(latest, target, m.direction());
        return Optional.of(new KeyScore(m, latest, target, st));
    }

    /**
     * Below, at or above target. "At" when the target lies within the measurement's interval or equals
     * the value. (Kept local until the metrics package's own rule is merged.)
     */
    public static TargetStatus status(Measurement m, double target, Direction direction) {
        if (m.hasInterval() && target >= m.ciLow() && target <= m.ciHigh()) {
            return TargetStatus.AT;
        }
        int cmp = Double.compare(m.value(), target);
        if (cmp == 0) {
            return TargetStatus.AT;
        }
        boolean better = direction == Direction.HIGHER_IS_BETTER ? cmp > 0 : cmp < 0;
        return better ? TargetStatus.ABOVE : TargetStatus.BELOW;
    }

    /** The value as shown on a badge, e.g. "NPS +32", "CSAT 78 %", "CES 5.4". */
    public String badgeText() {
        return metric.name() + " " + formatValue();
    }

    /** The value with its unit, e.g. "+32", "78 %", "5.4". */
    public String formatValue() {
        double v = measurement.value();
        String num = Math.abs(v) >= 10 || v == Math.rint(v)
                ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
        if (MetricDefinition.NPS.equals(metric.id()) && v > 0) {
            num = "+" + num;
        }
        return "%".equals(metric.unit()) ? num + " %" : num;
    }

    private static Measurement latest(Touchpoint tp, String metricId) {
        Measurement best = null;
        for (Measurement m : tp.measurements()) {
            if (metricId != null && !metricId.equals(m.metric())) {
                continue;
            }
            // Later in the list wins a tie; an undated measurement counts as the oldest.
            if (best == null || !dateOf(m).isBefore(dateOf(best))) {
                best = m;
            }
        }
        return best;
    }

    private static LocalDate dateOf(Measurement m) {
        return m.date() != null ? m.date() : m.dateFrom() != null ? m.dateFrom() : LocalDate.MIN;
    }
}
