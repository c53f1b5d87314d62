package fi.polku.layout;

import fi.polku.metrics.KeyMetric;
import fi.polku.metrics.LatestMeasurement;
import fi.polku.metrics.TargetStatus;
import fi.polku.model.Direction;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;
import fi.polku.text.Formats;

import java.util.Locale;
import java.util.Optional;

/**
 * The one score a card shows: that of its {@link KeyMetric} (the first metric, in the map's metric order,
 * that has both a target and a measurement, else the latest measurement); for a metric, its latest
 * measurement by date ({@link LatestMeasurement}). The status comes from {@link TargetStatus#of}, so the
 * canvas, the analysis views and the tables always agree.
 *
 * @param target the touchpoint's target for the metric, or null
 */
public record KeyScore(MetricDefinition metric, Measurement measurement, Double target, TargetStatus status) {

    /** The key score of a touchpoint ({@link KeyMetric}), or empty when it has no measurements. */
    public static Optional<KeyScore> of(Touchpoint tp, JourneyMap map) {
        return KeyMetric.of(tp, map).map(m -> scored(m, LatestMeasurement.of(tp, m.id()).orElseThrow(),
                tp.targets().get(m.id())));
    }

    /**
     * Below, at or above target by the metrics package's rule ({@link TargetStatus#of}), kept for callers
     * that have only a direction: "at" when the target lies within the interval or equals the value.
     */
    public static TargetStatus status(Measurement m, double target, Direction direction) {
        MetricDefinition metric = MetricDefinition.custom("", "", "", 0, 0, direction);
        return TargetStatus.of(metric, m.value(), m.ciLow(), m.ciHigh(), target);
    }

    private static KeyScore scored(MetricDefinition m, Measurement latest, Double target) {
        return new KeyScore(m, latest, target,
                TargetStatus.of(m, latest.value(), latest.ciLow(), latest.ciHigh(), target));
    }

    /**
     * The value as shown on a badge in the map's language, e.g. "NPS +32", "CSAT 78 %", "CES 5.4"; in
     * Finnish "CES 5,4" and "Tunne −2".
     */
    public String badgeText(Locale language) {
        return MetricLabels.name(metric, language) + " " + formatValue(language);
    }

    /** The value with its unit, e.g. "+32", "78 %", "5.4" ("5,4" in Finnish). */
    public String formatValue(Locale language) {
        double v = measurement.value();
        // Halves round up, as people round (NPS 12.5 shows as +13).
        boolean whole = Math.abs(v) >= 10;
        double shown = whole ? Math.round(v) : Math.round(v * 10) / 10.0;
        String num = Formats.number(language, shown, whole ? 0 : 1);
        if (MetricDefinition.NPS.equals(metric.id()) && v > 0) {
            num = "+" + num;
        }
        return "%".equals(metric.unit()) ? num + " %" : num;
    }
}
