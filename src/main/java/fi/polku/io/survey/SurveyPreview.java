package fi.polku.io.survey;

import fi.polku.io.Problem;
import fi.polku.text.Text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The start of a survey file, for choosing its columns before importing: the workbook's sheets (XLSX),
 * the header row and the first data rows. Reads only as far as it needs, however large the file.
 *
 * @param sheets the workbook's sheet names, empty for CSV
 * @param header the first non-blank row's cells
 * @param rows   up to the requested number of data rows after the header
 */
public record SurveyPreview(List<String> sheets, List<String> header, List<List<String>> rows) {
    public SurveyPreview {
        sheets = List.copyOf(sheets);
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Whether the importer reads this file as wide (a known survey tool's export) when no question is mapped. */
    public boolean looksWide() {
        return !header.isEmpty() && SurveyRows.readsAsWide(header, ColumnMapping.defaults());
    }

    /** Thrown by the collecting sink to stop a reader once enough rows are in. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads the header and the first rows of a CSV or XLSX file.
     *
     * @param sheet XLSX sheet name, or null for the first sheet
     * @throws SurveyFileException when the file is no survey file Polku can read
     */
    public static SurveyPreview read(Path file, String sheet, int maxRows) throws IOException, SurveyFileException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Collector collector = new Collector(maxRows);
        List<String> sheets = List.of();
        try {
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
                sheets = XlsxRowReader.sheetNames(file);
                XlsxRowReader.read(file, sheet, collector);
            } else if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) {
                try (InputStream in = Files.newInputStream(file)) {
                    CsvRowReader.read(in, name, collector);
                }
            } else {
                throw new SurveyFileException(new Problem(name, 0, 0, "", Text.of("io.survey.unknownType")));
            }
        } catch (Enough e) {
            // Stopped on purpose: the preview has its rows.
        }
        return new SurveyPreview(sheets, collector.header, collector.rows);
    }

    private static final class Collector implements RowSink {
        private final int maxRows;
        private List<String> header = List.of();
        private final List<List<String>> rows = new ArrayList<>();

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void row(long line, List<String> cells, long bytesRead) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (header.isEmpty()) {
                header = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
            } else {
                rows.add(cells);
            }
            if (rows.size() >= maxRows) {
                throw new Enough();
            }
        }

        @Override
        public void checkCancelled(long line) {
            if (Thread.currentThread().isInterrupted()) {
                // For logs only: whoever cancels says so in its own words and never shows this message.
                throw new java.util.concurrent.CancellationException("preview cancelled at line " + line);
            }
        }

        @Override
        public void totalBytes(long total) {
            // A preview shows no progress.
        }
    }
}
