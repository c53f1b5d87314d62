package fi.polku.export;

/**
 * Where a long export reports how far it got, as a fraction from 0 to 1, on the export's own thread. Only
 * the formats that take long report: PNG strip by strip and PDF page by page.
 */
@FunctionalInterface
public interface ExportProgress {
    /** Reports nowhere. */
    ExportProgress NONE = fraction -> { };

    void done(double fraction);
}
