package fi.polku.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One measured (or estimated) score of a touchpoint.
 *
 * @param metric   id of a {@link MetricDefinition}
 * @param value    on the metric's scale (NPS in points, percentages in percent)
 * @param n        sample size, or null when unknown
 * @param ciLow    lower end of the 95 % interval, or null
 * @param ciHigh   upper end of the 95 % interval, or null
 * @param dateFrom first day of the measuring period, or null for a single day
 * @param date     the day (or last day of the period) of the measurement, or null
 * @param source   where the number comes from (survey, mystery shopping, workshop...)
 * @param evidence how strongly the value is backed
 * @param round    the measurement round it belongs to ("Syksy 2026"), or "" when none
 */
public record Measurement(String metric, double value, Integer n, Double ciLow, Double ciHigh,
                          LocalDate dateFrom, LocalDate date, String source, EvidenceLevel evidence, String round) {
    public Measurement {
        Objects.requireNonNull(metric, "metric");
        source = source == null ? "" : source;
        evidence = evidence == null ? EvidenceLevel.ASSUMED : evidence;
        round = round == null ? "" : round;
    }

    /** A measurement that belongs to no round. */
    public Measurement(String metric, double value, Integer n, Double ciLow, Double ciHigh,
                       LocalDate dateFrom, LocalDate date, String source, EvidenceLevel evidence) {
        this(metric, value, n, ciLow, ciHigh, dateFrom, date, source, evidence, "");
    }

    /** This measurement as part of the round {@code name}. */
    public Measurement withRound(String name) {
        return new Measurement(metric, value, n, ciLow, ciHigh, dateFrom, date, source, evidence, name);
    }

    /** A typed-in value without interval or period. */
    public static Measurement of(String metric, double value, Integer n, LocalDate date, String source,
                                 EvidenceLevel evidence) {
        return new Measurement(metric, value, n, null, null, null, date, source, evidence);
    }

    public boolean hasInterval() {
        return ciLow != null && ciHigh != null;
    }
}
