package fi.polku.io.survey;

/**
 * Told now and then how far a survey import has got, e.g. to move a progress bar. It is called on the
 * importing thread: a JavaFX view must hand the numbers over with {@code Platform.runLater}.
 */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (rows, bytesRead, totalBytes) -> { };

    /**
     * @param rowsRead   data rows read so far (header excluded)
     * @param bytesRead  bytes of the data read so far (for XLSX: of the sheet's unpacked XML)
     * @param totalBytes bytes in all, or -1 when unknown
     */
    void progress(long rowsRead, long bytesRead, long totalBytes);
}
