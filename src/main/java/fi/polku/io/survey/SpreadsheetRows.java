package fi.polku.io.survey;

import fi.polku.io.Problem;
import fi.polku.text.Text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * The rows of a CSV or XLSX file, one at a time, for readers other than the survey import (a map started
 * from a spreadsheet of touchpoints); the same streaming readers, encoding checks and located file problems
 * as the survey import.
 */
public final class SpreadsheetRows {
    /** What kind of file a name says it is. */
    public enum Kind { CSV, XLSX, OLD_EXCEL, OTHER }

    /** Receives each row as it is read. */
    @FunctionalInterface
    public interface Row {
        /**
         * @param line  1-based line (CSV) or row number (XLSX) where the row starts
         * @param cells the row's cells as text; absent trailing cells are simply missing
         */
        void accept(long line, List<String> cells);
    }

    private SpreadsheetRows() {
    }

    /** The kind of a file by its name's extension ({@code .csv}, {@code .tsv}, {@code .txt}, {@code .xlsx}...). */
    public static Kind kind(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            return Kind.XLSX;
        }
        if (lower.endsWith(".xls")) {
            return Kind.OLD_EXCEL;
        }
        return lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt") ? Kind.CSV : Kind.OTHER;
    }

    /** The names of a workbook's sheets, in order; empty for a CSV file. */
    public static List<String> sheetNames(Path file) throws IOException, SurveyFileException {
        return kind(file.getFileName().toString()) == Kind.XLSX ? XlsxRowReader.sheetNames(file) : List.of();
    }

    /**
     * Hands every row of a CSV file, or of one sheet of an XLSX workbook, to {@code row}. Stops with a
     * {@link CancellationException} when the thread is interrupted.
     *
     * @param sheet the XLSX sheet's name (any case), or null for the first sheet; ignored for CSV
     * @throws SurveyFileException when the file is not a CSV or XLSX file that can be read
     */
    public static void read(Path file, String sheet, Row row) throws IOException, SurveyFileException {
        String name = file.getFileName().toString();
        RowSink sink = new RowSink() {
            @Override
            public void row(long line, List<String> cells, long bytesRead) {
                row.accept(line, cells);
            }

            @Override
            public void checkCancelled(long line) {
                if (Thread.currentThread().isInterrupted()) {
                    // For logs only: whoever cancels says so in its own words and never shows this message.
                    throw new CancellationException("reading " + name + " cancelled at line " + line);
                }
            }

            @Override
            public void totalBytes(long total) {
                // The rows' reader shows no progress.
            }
        };
        switch (kind(name)) {
            case XLSX -> XlsxRowReader.read(file, sheet, sink);
            case CSV -> {
                try (InputStream in = Files.newInputStream(file)) {
                    CsvRowReader.read(in, name, sink);
                }
            }
            case OLD_EXCEL -> throw new SurveyFileException(new Problem(name, 0, 0, "",
                    Text.of("io.survey.xls")));
            case OTHER -> throw new SurveyFileException(new Problem(name, 0, 0, "",
                    Text.of("io.sheet.unknownType")));
        }
    }
}
