package fi.polku.metrics;

import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * The importance-weighted mean performance (0–100) of a journey, overall and per stage. Only touchpoints
 * with both an importance and a measurement take part; {@code touchpoints} says how many did.
 *
 * @param overall null when no touchpoint takes part
 */
public record JourneyScore(Double overall, int touchpoints, List<StageScore> stages) {
    public JourneyScore {
        stages = List.copyOf(stages);
    }

    /** One stage's score; {@code score} is null when none of its touchpoints takes part. */
    public record StageScore(Stage stage, Double score, int touchpoints) {
    }

    static JourneyScore of(JourneyMap map, List<TouchpointRow> rows) {
        List<StageScore> stages = new ArrayList<>();
        for (Stage stage : map.stages()) {
            List<TouchpointRow> inStage = rows.stream()
                    .filter(r -> r.touchpoint().stageId().equals(stage.id())).toList();
            stages.add(new StageScore(stage, weightedMean(inStage), counted(inStage)));
        }
        return new JourneyScore(weightedMean(rows), counted(rows), stages);
    }

    private static Double weightedMean(List<TouchpointRow> rows) {
        double weights = 0;
        double sum = 0;
        for (TouchpointRow r : rows) {
            if (r.importance() != null && r.performance() != null) {
                weights += r.importance();
                sum += r.importance() * r.performance();
            }
        }
        return weights > 0 ? sum / weights : null;
    }

    private static int counted(List<TouchpointRow> rows) {
        return (int) rows.stream().filter(r -> r.importance() != null && r.performance() != null).count();
    }
}
