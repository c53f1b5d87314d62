package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

/**
 * Deletes a lane with all its touchpoints (and their connections and opportunity links). The UI asks
 * first when {@link #touchpointsIn} is not zero.
 */
public record DeleteLane(String laneId) implements Command {
    /** How many touchpoints deleting the lane would delete with it. */
    public static int touchpointsIn(JourneyMap map, String laneId) {
        return (int) map.touchpoints().stream().filter(t -> t.laneId().equals(laneId)).count();
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        if (map.lane(laneId).isEmpty()) {
            return map;
        }
        JourneyMap cleared = TouchpointRemoval.remove(map, t -> t.laneId().equals(laneId));
        return cleared.withLanes(cleared.lanes().stream().filter(l -> !l.id().equals(laneId)).toList());
    }

    @Override
    public Text description() {
        return Text.of("step.deleteLane");
    }
}
