package fi.polku.metrics;

import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The named measurement rounds a map has, and the round a name or a date range picks from it. */
public final class Rounds {
    private Rounds() {
    }

    /**
     * One named round of a map.
     *
     * @param measurements how many measurements carry its name
     * @param from         the earliest day of its measurements, or null when none is dated
     * @param to           the latest day, or null
     */
    public record Summary(String name, int measurements, LocalDate from, LocalDate to) {
        public Round round() {
            return Round.named(name);
        }
    }

    /** The map's named rounds, earliest first (by their last day; undated ones last), then by name. */
    public static List<Summary> of(JourneyMap map) {
        Map<String, Summary> byName = new LinkedHashMap<>();
        for (Touchpoint t : map.touchpoints()) {
            for (Measurement m : t.measurements()) {
                if (!m.round().isEmpty()) {
                    byName.merge(m.round(), new Summary(m.round(), 1, first(m), last(m)), Rounds::add);
                }
            }
        }
        List<Summary> rounds = new ArrayList<>(byName.values());
        rounds.sort(Comparator.comparing(Summary::to, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Summary::name));
        return rounds;
    }

    /**
     * The round {@code spec} names in the map: a date range ({@code 2026-09-01..2026-11-30}), else a round
     * name, exactly or, when only one fits, ignoring case and surrounding spaces. Empty when no round of
     * the map has that name.
     */
    public static Optional<Round> find(JourneyMap map, String spec) {
        Optional<Round> range = Round.parseRange(spec);
        if (range.isPresent()) {
            return range;
        }
        List<Summary> rounds = of(map);
        for (Summary s : rounds) {
            if (s.name().equals(spec)) {
                return Optional.of(s.round());
            }
        }
        String wanted = spec.strip().toLowerCase(Locale.ROOT);
        List<Summary> loose = rounds.stream()
                .filter(s -> s.name().strip().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        return loose.size() == 1 ? Optional.of(loose.getFirst().round()) : Optional.empty();
    }

    /** How many measurements of the map belong to {@code round}. */
    public static int count(JourneyMap map, Round round) {
        int n = 0;
        for (Touchpoint t : map.touchpoints()) {
            for (Measurement m : t.measurements()) {
                n += round.contains(m) ? 1 : 0;
            }
        }
        return n;
    }

    private static Summary add(Summary a, Summary b) {
        return new Summary(a.name(), a.measurements() + b.measurements(), min(a.from(), b.from()), max(a.to(), b.to()));
    }

    private static LocalDate first(Measurement m) {
        return m.dateFrom() != null ? m.dateFrom() : m.date();
    }

    private static LocalDate last(Measurement m) {
        return m.date() != null ? m.date() : m.dateFrom();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
