package fi.polku.edit;

import fi.polku.model.ChannelType;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.text.Text;

/** Inserts a lane (row) at an index; an index past the end appends. */
public record AddLane(Lane lane, int index) implements Command {
    /** A new lane with a fresh id; the channel is kept only for channel lanes. */
    public static AddLane named(JourneyMap map, String name, LaneKind kind, ChannelType channel, int index) {
        return new AddLane(new Lane(IdGenerator.next(map, IdGenerator.LANE), name, kind,
                kind == LaneKind.CHANNEL ? channel : null), index);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        EditRules.requireFreshId(map, lane.id());
        EditRules.checkLane(lane);
        return map.withLanes(Reorder.insert(map.lanes(), lane, index));
    }

    @Override
    public Text description() {
        return Text.of("step.addLane");
    }
}
