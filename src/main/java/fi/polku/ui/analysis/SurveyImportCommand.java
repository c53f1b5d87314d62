package fi.polku.ui.analysis;

import fi.polku.edit.AddTouchpoint;
import fi.polku.edit.Command;
import fi.polku.edit.CompositeCommand;
import fi.polku.edit.SetMeasurements;
import fi.polku.io.survey.ImportedScore;
import fi.polku.io.survey.SurveyImportResult;
import fi.polku.io.survey.SurveyMerge;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a survey import into one undo step: the touchpoints it creates and the measurement lists it
 * changes, as a {@link CompositeCommand} named after the file ("Import 1,204 answers from kysely.csv").
 */
public final class SurveyImportCommand {
    private SurveyImportCommand() {
    }

    /**
     * The command that puts the imported scores into {@code map} as {@link SurveyMerge} would.
     *
     * @param create where to create touchpoints for unmatched names, or null to leave their scores out
     */
    public static Command of(JourneyMap map, SurveyImportResult result, SurveyMerge.NewTouchpoints create) {
        JourneyMap merged = SurveyMerge.merge(map, result, create);
        Map<String, Touchpoint> before = new HashMap<>();
        map.touchpoints().forEach(t -> before.put(t.id(), t));
        List<Command> parts = new ArrayList<>();
        for (Touchpoint t : merged.touchpoints()) {
            Touchpoint old = before.get(t.id());
            if (old == null) {
                parts.add(new AddTouchpoint(t, Integer.MAX_VALUE));
            } else if (!old.measurements().equals(t.measurements())) {
                parts.add(SetMeasurements.of(map, t.id(), t.measurements()));
            }
        }
        long answers = 0;
        for (ImportedScore s : result.scores()) {
            if (s.matched() || create != null) {
                answers += s.result().n();
            }
        }
        return new CompositeCommand(Text.of("step.importAnswers", answers, result.source()), parts);
    }
}
