package fi.polku.ui.analysis;

import fi.polku.edit.Command;
import fi.polku.edit.CompositeCommand;
import fi.polku.io.survey.SurveyImportResult;
import fi.polku.io.survey.SurveyMappings;
import fi.polku.io.survey.WideQuestions;
import fi.polku.io.table.ColumnNameException;
import fi.polku.model.JourneyMap;
import fi.polku.model.QuestionLink;
import fi.polku.model.SurveyMapping;
import fi.polku.text.Text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Between the wide import step and the map: presets the step to the mapping the map saved for the same
 * survey (same header), and makes the import's one undo step, which tags the scores with the round and
 * saves the mapping for the next round.
 */
final class WideMappings {
    private WideMappings() {
    }

    /** Saves a survey's mapping in the map, in place of the one for the same header. */
    private record SaveMapping(SurveyMapping mapping) implements Command {
        @Override
        public JourneyMap apply(JourneyMap map) {
            return SurveyMappings.save(map, mapping);
        }

        @Override
        public Text description() {
            return Text.of("step.saveSurveyMapping");
        }
    }

    /**
     * Shows a file's questions in the step, preset to the survey's saved mapping; true when the map has
     * one for this header and it still fits the file (some question found, each on a card of the map).
     */
    static boolean show(WideImportStep step, WideQuestions questions, JourneyMap map, List<List<String>> firstRows) {
        Optional<SurveyMapping> saved = SurveyMappings.find(map, firstRows.getFirst());
        Map<Integer, WideMappingPane.Choice> choices = new HashMap<>();
        saved.ifPresent(m -> {
            for (QuestionLink link : m.questions()) {
                try {
                    int column = questions.layout().columns().resolve(link.column());
                    if (map.touchpoint(link.touchpointId()).isPresent()) {
                        choices.put(column, new WideMappingPane.Choice(column, link.column(), link.touchpointId(),
                                link.metric()));
                    }
                } catch (ColumnNameException e) {
                    // A question the survey no longer asks: the others still apply.
                }
            }
        });
        boolean applies = !choices.isEmpty();
        if (applies) {
            // Every other question of the survey was left out when the mapping was made.
            for (WideQuestions.Question q : questions.questions()) {
                choices.putIfAbsent(q.column(), new WideMappingPane.Choice(q.column(), q.text(),
                        WideMappingPane.NOT_IMPORTED, null));
            }
        }
        step.show(questions, map, applies ? choices : Map.of(), applies ? saved.get().labels() : Map.of(),
                applies ? saved.get().name() : null, firstRows);
        return applies;
    }

    /**
     * The import of a read wide file as one command: the scores (tagged with the round when it is named)
     * and the mapping saved under the file's header, named by the round or else by the file.
     */
    static Command command(JourneyMap map, SurveyImportResult result, WideImportStep step) {
        String round = step.round();
        SurveyImportResult tagged = round.isEmpty() ? result : result.withMeasurements(m -> m.withRound(round));
        Command scores = SurveyImportCommand.of(map, tagged, null);
        // Columns are saved as polku import saves them: by header text, field id or letter, whichever is unique.
        List<QuestionLink> links = SurveyMappings.links(map, step.firstRows(), step.options(
                fi.polku.io.survey.SurveyImportOptions.defaults()).questions());
        SurveyMapping mapping = SurveyMappings.of(step.firstRows().getFirst(), round.isEmpty() ? result.source()
                : round, links, step.userLabels());
        return new CompositeCommand(scores.description(), List.of(scores, new SaveMapping(mapping)));
    }
}
