package fi.polku.io.survey;

import fi.polku.io.Problem;
import fi.polku.text.Text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a survey export (CSV or XLSX) into per-touchpoint scores: a long table of one answer per row, or a
 * wide file of one row per respondent whose question columns {@link SurveyImportOptions#questions()} map to
 * touchpoints and metrics (see {@link WideLayout} for the tools recognised). It streams so that
 * files of millions of rows run in bounded memory. Run it off the UI thread; it reports progress and
 * stops with a {@link java.util.concurrent.CancellationException} when cancelled.
 */
public final class SurveyImporter {
    private SurveyImporter() {
    }

    /**
     * Imports a {@code .csv} (also {@code .tsv}, {@code .txt}) or {@code .xlsx} file.
     *
     * @throws SurveyFileException when the file cannot be used at all (format, header, encoding)
     * @throws IOException         when it cannot be read
     */
    public static SurveyImportResult importFile(Path file, SurveyImportOptions options)
            throws IOException, SurveyFileException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            SurveyRows aggregator = new SurveyRows(name, options);
            try {
                XlsxRowReader.read(file, options.sheet(), aggregator);
                return aggregator.result();
            } catch (SurveyAggregator.HeaderProblem e) {
                throw e.exception();
            }
        }
        if (lower.endsWith(".xls")) {
            throw new SurveyFileException(new Problem(name, 0, 0, "", Text.of("io.survey.xls")));
        }
        if (!(lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt"))) {
            throw new SurveyFileException(new Problem(name, 0, 0, "", Text.of("io.survey.unknownType")));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return importCsv(in, name, Files.size(file), options);
        }
    }

    /**
     * Imports CSV text from a stream.
     *
     * @param source     the name used in messages and as the measurements' source
     * @param totalBytes the stream's length for progress, or -1 when unknown
     */
    public static SurveyImportResult importCsv(InputStream in, String source, long totalBytes,
                                               SurveyImportOptions options) throws IOException, SurveyFileException {
        SurveyRows aggregator = new SurveyRows(source, options);
        aggregator.totalBytes(totalBytes);
        try {
            CsvRowReader.read(in, source, aggregator);
            return aggregator.result();
        } catch (SurveyAggregator.HeaderProblem e) {
            throw e.exception();
        }
    }
}
