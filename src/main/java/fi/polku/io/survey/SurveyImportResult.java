package fi.polku.io.survey;

import fi.polku.io.Problem;

import java.util.List;

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
}
