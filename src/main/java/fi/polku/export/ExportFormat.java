package fi.polku.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats a map exports to: pictures (PNG), vector documents (SVG, PDF) and tables (CSV, XLSX). */
public enum ExportFormat {
    PNG("png"), SVG("svg"), PDF("pdf"), CSV("csv"), XLSX("xlsx");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the format is a table of touchpoints rather than a picture of the map. */
    public boolean table() {
        return this == CSV || this == XLSX;
    }

    /** The format a file name's extension names, if any (case-insensitive). */
    public static Optional<ExportFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
