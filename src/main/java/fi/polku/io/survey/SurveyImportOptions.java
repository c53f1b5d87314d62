package fi.polku.io.survey;

import fi.polku.model.JourneyMap;

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
 */
public record SurveyImportOptions(ColumnMapping columns, String sheet, JourneyMap map, ImportProgress progress,
                                  BooleanSupplier cancelled) {
    public SurveyImportOptions {
        columns = columns == null ? ColumnMapping.defaults() : columns;
        progress = progress == null ? ImportProgress.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
    }

    public static SurveyImportOptions defaults() {
        return new SurveyImportOptions(null, null, null, null, null);
    }

    public SurveyImportOptions withMap(JourneyMap v) {
        return new SurveyImportOptions(columns, sheet, v, progress, cancelled);
    }

    public SurveyImportOptions withColumns(ColumnMapping v) {
        return new SurveyImportOptions(v, sheet, map, progress, cancelled);
    }

    public SurveyImportOptions withSheet(String v) {
        return new SurveyImportOptions(columns, v, map, progress, cancelled);
    }

    public SurveyImportOptions withProgress(ImportProgress v) {
        return new SurveyImportOptions(columns, sheet, map, v, cancelled);
    }

    public SurveyImportOptions withCancelled(BooleanSupplier v) {
        return new SurveyImportOptions(columns, sheet, map, progress, v);
    }
}
