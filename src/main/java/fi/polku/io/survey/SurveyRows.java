package fi.polku.io.survey;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * Decides from the first non-blank row whether a survey file is a long table or a wide file and hands every
 * row to the reader of that kind. A file is read as wide when questions are mapped, or when its header is a
 * known survey tool's and not a long table's; anything else is read, as always, as a long table.
 */
final class SurveyRows implements RowSink {
    private final String source;
    private final SurveyImportOptions options;
    private SurveyAggregator longTable;
    private WideAggregator wide;
    private RowSink chosen;
    private long totalBytes = -1;

    SurveyRows(String source, SurveyImportOptions options) {
        this.source = source;
        this.options = options;
    }

    @Override
    public void row(long line, List<String> cells, long bytesRead) {
        if (chosen == null) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                // Polled once a row, as the readers that come after poll it.
                checkCancelled(line);
                return;
            }
            choose(cells);
        }
        chosen.row(line, cells, bytesRead);
    }

    /** Whether a header with no questions mapped is read as a wide file: a known tool's, not a long table's. */
    static boolean readsAsWide(List<String> header, ColumnMapping columns) {
        return WideLayout.looksWide(header) && !isLongTable(header, columns);
    }

    private void choose(List<String> header) {
        if (!options.questions().isEmpty() || readsAsWide(header, options.columns())) {
            wide = new WideAggregator(source, options);
            chosen = wide;
        } else {
            longTable = new SurveyAggregator(source, options);
            chosen = longTable;
        }
        chosen.totalBytes(totalBytes);
    }

    /** A long table, or a broken one (with some of its columns), whose error should name what it lacks. */
    private static boolean isLongTable(List<String> header, ColumnMapping columns) {
        try {
            columns.resolve(header);
            return true;
        } catch (SurveyInputException e) {
            return header.stream().map(SurveyTool::key).anyMatch(cell -> Stream.of(SurveyField.values())
                    .filter(SurveyField::required).flatMap(f -> f.headers().stream()).anyMatch(cell::equals));
        }
    }

    @Override
    public void checkCancelled(long line) {
        if (chosen != null) {
            chosen.checkCancelled(line);
        } else if (options.cancelled().getAsBoolean() || Thread.currentThread().isInterrupted()) {
            // For logs only: whoever cancels says so in its own words and never shows this message.
            throw new CancellationException("import of " + source + " cancelled at line " + line);
        }
    }

    @Override
    public void totalBytes(long total) {
        totalBytes = total;
        if (chosen != null) {
            chosen.totalBytes(total);
        }
    }

    /** The scores; call once the whole file has been read. */
    SurveyImportResult result() {
        if (wide != null) {
            return wide.result();
        }
        return (longTable != null ? longTable : new SurveyAggregator(source, options)).result();
    }
}
