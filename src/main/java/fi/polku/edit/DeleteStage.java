package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

/**
 * Deletes a stage with all its touchpoints (and their connections and opportunity links). The UI asks
 * first when {@link #touchpointsIn} is not zero.
 */
public record DeleteStage(String stageId) implements Command {
    /** How many touchpoints deleting the stage would delete with it. */
    public static int touchpointsIn(JourneyMap map, String stageId) {
        return (int) map.touchpoints().stream().filter(t -> t.stageId().equals(stageId)).count();
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        if (map.stage(stageId).isEmpty()) {
            return map;
        }
        JourneyMap cleared = TouchpointRemoval.remove(map, t -> t.stageId().equals(stageId));
        return cleared.withStages(cleared.stages().stream().filter(s -> !s.id().equals(stageId)).toList());
    }

    @Override
    public Text description() {
        return Text.of("step.deleteStage");
    }
}
