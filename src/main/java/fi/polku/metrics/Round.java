package fi.polku.metrics;

import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measurement round: the measurements carrying one round name ("Syksy 2026"), or those dated within a
 * range of days. A measurement is dated by its last day ({@code date}, else {@code dateFrom}), as
 * {@link LatestMeasurement} dates it; an undated one belongs to no date range.
 *
 * @param name the round name, or null for a date range
 * @param from the range's first day, or null when open at the start (or for a named round)
 * @param to   the range's last day, or null when open at the end (or for a named round)
 */
public record Round(String name, LocalDate from, LocalDate to) {
    /** {@code 2026-09-01..2026-11-30}; either end may be left out for an open range. */
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?\\s*\\.\\.\\s*(\\d{4}-\\d{2}-\\d{2})?");

    public Round {
        if (name == null && from == null && to == null) {
            throw new IllegalArgumentException("a round needs a name or a date range");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a date range must not end before it starts");
        }
    }

    /** The measurements that carry the round name {@code name}. */
    public static Round named(String name) {
        return new Round(name, null, null);
    }

    /** The measurements dated from {@code from} to {@code to}, both included; null leaves that end open. */
    public static Round between(LocalDate from, LocalDate to) {
        return new Round(null, from, to);
    }

    /**
     * A date range written {@code 2026-09-01..2026-11-30} (or with one end left out), or empty when the text
     * is not one; a range whose end comes before its start is not one either.
     */
    public static Optional<Round> parseRange(String text) {
        Matcher m = RANGE.matcher(text.strip());
        if (!m.matches() || m.group(1) == null && m.group(2) == null) {
            return Optional.empty();
        }
        try {
            LocalDate from = m.group(1) == null ? null : LocalDate.parse(m.group(1));
            LocalDate to = m.group(2) == null ? null : LocalDate.parse(m.group(2));
            return from != null && to != null && to.isBefore(from) ? Optional.empty() : Optional.of(between(from, to));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // 2026-02-30: not a day, so not a range
        }
    }

    public boolean isDateRange() {
        return name == null;
    }

    /** Whether a measurement belongs to this round. */
    public boolean contains(Measurement m) {
        if (name != null) {
            return name.equals(m.round());
        }
        LocalDate day = m.date() != null ? m.date() : m.dateFrom();
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** The map as this round saw it: every touchpoint keeps only the measurements of the round. */
    public JourneyMap select(JourneyMap map) {
        List<Touchpoint> kept = new ArrayList<>(map.touchpoints().size());
        for (Touchpoint t : map.touchpoints()) {
            List<Measurement> in = t.measurements().stream().filter(this::contains).toList();
            kept.add(in.size() == t.measurements().size() ? t : t.withMeasurements(in));
        }
        return map.withTouchpoints(kept);
    }

    /** The round as a reader sees it: its name, or its range ("1.9.2026–30.11.2026", "from 1.9.2026"). */
    public Text label() {
        if (name != null) {
            return Text.of("round.named", name);
        }
        if (from != null && to != null) {
            return Text.of("round.range", from, to);
        }
        return from != null ? Text.of("round.from", from) : Text.of("round.until", to);
    }
}
