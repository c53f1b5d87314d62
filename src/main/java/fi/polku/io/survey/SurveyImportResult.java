package fi.polku.io.survey;

import fi.polku.io.Problem;
import fi.polku.model.Measurement;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a survey import found: one score per touchpoint and metric (in first-seen order), the rows it
 * could not use, and the touchpoint names the map does not have.
 *
 * @param source         the file name, used as the measurements' source
 * @param rowsRead       data rows read (header and blank rows excluded)
 * @param rejected       the first {@link #MAX_REPORTED} rejected rows, each with line number and reason
 * @param rejectedCount  how many rows were rejected in all
 * @param unmatchedNames names that fit no touchpoint of the map (empty when no map was given)
 */
public record SurveyImportResult(String source, long rowsRead, List<ImportedScore> scores, List<Problem> rejected,
                                 long rejectedCount, List<String> unmatchedNames) {
    /** Rejected rows beyond this many are counted but not kept, so a broken huge file stays in memory bounds. */
    public static final int MAX_REPORTED = 1000;

    public SurveyImportResult {
        scores = List.copyOf(scores);
        rejected = List.copyOf(rejected);
        unmatchedNames = List.copyOf(unmatchedNames);
    }

    public boolean hasRejectedRows() {
        return rejectedCount > 0;
    }

    /**
     * This result with each score's measurement changed by {@code change}: tagged with a measurement round,
     * or given the source and evidence of a visit checklist (mystery shopping) instead of the file's name.
     */
    public SurveyImportResult withMeasurements(UnaryOperator<Measurement> change) {
        List<ImportedScore> changed = scores.stream().map(s -> new ImportedScore(s.touchpointId(), s.touchpointName(),
                s.result(), change.apply(s.measurement()))).toList();
        return new SurveyImportResult(source, rowsRead, changed, rejected, rejectedCount, unmatchedNames);
    }
}
