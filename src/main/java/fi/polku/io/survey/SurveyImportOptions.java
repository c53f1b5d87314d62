package fi.polku.io.survey;

import fi.polku.model.JourneyMap;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * How to import a survey file.
 *
 * @param columns   where the fields are
 * @param sheet     XLSX sheet name (matched ignoring case), or null for the first sheet
 * @param map       the map whose touchpoints and custom metrics the rows refer to, or null to group rows
 *                  by touchpoint name only
 * @param progress  called every few thousand rows and at the end
 * @param cancelled polled on every row; when it answers true (or the thread is interrupted) the import
 *                  stops with a {@link java.util.concurrent.CancellationException}
 * @param questions for a wide file (one row per respondent), which question column goes to which
 *                  touchpoint and metric; when given, the file is read as wide
 * @param labels    how answer labels of a wide file become numbers
 */
public record SurveyImportOptions(ColumnMapping columns, String sheet, JourneyMap map, ImportProgress progress,
                                  BooleanSupplier cancelled, List<SurveyQuestion> questions, LabelTable labels) {
    public SurveyImportOptions {
        columns = columns == null ? ColumnMapping.defaults() : columns;
        progress = progress == null ? ImportProgress.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
        questions = questions == null ? List.of() : List.copyOf(questions);
        labels = labels == null ? LabelTable.builtIn() : labels;
    }

    /** Options for a long table, as before wide files were read. */
    public SurveyImportOptions(ColumnMapping columns, String sheet, JourneyMap map, ImportProgress progress,
                               BooleanSupplier cancelled) {
        this(columns, sheet, map, progress, cancelled, null, null);
    }

    /** Stops a reading of {@code source} at {@code line} when the user cancelled or the thread was interrupted. */
    void throwIfCancelled(String source, long line) {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            // For logs only: whoever cancels says so in its own words and never shows this message.
            throw new java.util.concurrent.CancellationException("import of " + source + " cancelled at line " + line);
        }
    }

    public static SurveyImportOptions defaults() {
        return new SurveyImportOptions(null, null, null, null, null, null, null);
    }

    public SurveyImportOptions withMap(JourneyMap v) {
        return new SurveyImportOptions(columns, sheet, v, progress, cancelled, questions, labels);
    }

    public SurveyImportOptions withColumns(ColumnMapping v) {
        return new SurveyImportOptions(v, sheet, map, progress, cancelled, questions, labels);
    }

    public SurveyImportOptions withSheet(String v) {
        return new SurveyImportOptions(columns, v, map, progress, cancelled, questions, labels);
    }

    public SurveyImportOptions withProgress(ImportProgress v) {
        return new SurveyImportOptions(columns, sheet, map, v, cancelled, questions, labels);
    }

    public SurveyImportOptions withCancelled(BooleanSupplier v) {
        return new SurveyImportOptions(columns, sheet, map, progress, v, questions, labels);
    }

    public SurveyImportOptions withQuestions(List<SurveyQuestion> v) {
        return new SurveyImportOptions(columns, sheet, map, progress, cancelled, v, labels);
    }

    public SurveyImportOptions withLabels(LabelTable v) {
        return new SurveyImportOptions(columns, sheet, map, progress, cancelled, questions, v);
    }
}
