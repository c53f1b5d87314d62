package fi.polku.io.survey;

import java.util.List;

/** Receives the rows of a survey file one at a time, as a reader streams them. */
interface RowSink {
    /**
     * @param line      1-based line (CSV) or row number (XLSX) where the row starts
     * @param cells     the row's cells as text; absent trailing cells are simply missing
     * @param bytesRead bytes consumed so far
     */
    void row(long line, List<String> cells, long bytesRead);

    /**
     * Throws a {@link java.util.concurrent.CancellationException} naming {@code line} when the import has
     * been cancelled or its thread interrupted; a reader calls it during work that yields no rows.
     */
    void checkCancelled(long line);

    /** Told the size the byte counts run up to, when the reader learns it; -1 when unknown. */
    void totalBytes(long total);
}
