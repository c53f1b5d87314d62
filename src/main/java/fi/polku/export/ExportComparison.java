package fi.polku.export;

import fi.polku.metrics.MapComparison;

import java.util.Objects;

/**
 * The compare view an export shows over its map: the comparison whose marks are drawn, and what the other
 * side is called ("kevat.polku.json", "Syksy 2026 → Kevät 2027") for the line that says what is compared.
 */
public record ExportComparison(MapComparison comparison, String label) {
    public ExportComparison {
        Objects.requireNonNull(comparison);
        label = label == null ? "" : label;
    }

    /** The compare view of {@code comparison}, or null when there is none, as the export options hold it. */
    public static ExportComparison of(MapComparison comparison, String label) {
        return comparison == null ? null : new ExportComparison(comparison, label);
    }
}
