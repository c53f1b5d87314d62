package fi.polku.metrics;

import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Chooses which of a touchpoint's measurements counts for a metric: the latest by {@code date}
 * (or {@code dateFrom} when only that is set). Undated measurements count only when none is dated;
 * among equals the one listed last wins, so a later import or edit takes precedence.
 */
public final class LatestMeasurement {
    private LatestMeasurement() {
    }

    public static Optional<Measurement> of(Touchpoint touchpoint, String metricId) {
        Measurement best = null;
        for (Measurement m : touchpoint.measurements()) {
            if (m.metric().equals(metricId) && (best == null || !day(m).isBefore(day(best)))) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    // An undated measurement sorts before every dated one.
    private static LocalDate day(Measurement m) {
        LocalDate d = m.date() != null ? m.date() : m.dateFrom();
        return d != null ? d : LocalDate.MIN;
    }
}
