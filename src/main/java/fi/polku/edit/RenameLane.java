package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

/** Renames a lane; typing in its name merges into one step. */
public record RenameLane(String laneId, String name) implements Command {
    @Override
    public JourneyMap apply(JourneyMap map) {
        var lanes = Reorder.replace(map.lanes(), l -> l.id().equals(laneId), l -> l.withName(name));
        return lanes == map.lanes() ? map : map.withLanes(lanes);
    }

    @Override
    public Text description() {
        return Text.of("step.renameLane");
    }

    @Override
    public Object mergeKey() {
        return MergeKey.of("lane-name", laneId);
    }
}
