package fi.polku.metrics;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.Measurement;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One computed score: the value on the metric's scale (NPS in points, shares in percent), its 95 %
 * interval, how many answers it rests on and when they were given.
 *
 * @param metric   metric id
 * @param n        number of answers (always at least 1: no answers give no result)
 * @param ciLow    lower end of the 95 % interval, or null when it cannot be computed (n = 1 for a mean)
 * @param ciHigh   upper end of the 95 % interval, or null
 * @param from     first answer date, or null when no answer carried a date
 * @param to       last answer date, or null
 * @param extras   metric-specific counts: promoters/passives/detractors (NPS), mean (CSAT),
 *                 agreePct (CES), resolved (FCR)
 */
public record MetricResult(String metric, int n, double value, Double ciLow, Double ciHigh, LocalDate from,
                           LocalDate to, EvidenceLevel evidence, Map<String, Double> extras) {
    /** Below this many answers a result is flagged as a small sample. */
    public static final int SMALL_SAMPLE = 30;

    public MetricResult {
        Objects.requireNonNull(metric, "metric");
        evidence = evidence == null ? EvidenceLevel.OBSERVED : evidence;
        extras = extras == null ? Map.of() : Map.copyOf(extras);
    }

    public boolean smallSample() {
        return n < SMALL_SAMPLE;
    }

    public MetricResult withDates(LocalDate newFrom, LocalDate newTo) {
        return new MetricResult(metric, n, value, ciLow, ciHigh, newFrom, newTo, evidence, extras);
    }

    /** The result as a measurement for a map; a single-day period keeps only {@code date}. */
    public Measurement toMeasurement(String source) {
        LocalDate dateFrom = from != null && from.equals(to) ? null : from;
        return new Measurement(metric, value, n, ciLow, ciHigh, dateFrom, to, source, evidence);
    }
}
