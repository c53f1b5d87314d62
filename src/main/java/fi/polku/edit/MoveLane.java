package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

/** Moves a lane so that it ends up at {@code toIndex} among the lanes; its touchpoints go with it. */
public record MoveLane(String laneId, int toIndex) implements Command {
    @Override
    public JourneyMap apply(JourneyMap map) {
        var lanes = Reorder.move(map.lanes(), l -> l.id().equals(laneId), toIndex);
        return lanes == map.lanes() ? map : map.withLanes(lanes);
    }

    @Override
    public Text description() {
        return Text.of("step.moveLane");
    }
}
