package fi.polku.edit;

import fi.polku.model.ChannelType;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;

import java.util.Objects;

/**
 * Changes what a lane holds, e.g. a channel lane becomes the emotion lane, or a channel lane's channel.
 * The channel is kept only for channel lanes. Its touchpoints stay.
 */
public record ChangeLaneKind(String laneId, LaneKind kind, ChannelType channel) implements Command {
    public ChangeLaneKind {
        Objects.requireNonNull(kind, "kind");
        channel = kind == LaneKind.CHANNEL ? channel : null;
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        var lanes = Reorder.replace(map.lanes(), l -> l.id().equals(laneId),
                l -> new Lane(l.id(), l.name(), kind, channel));
        return lanes == map.lanes() ? map : map.withLanes(lanes);
    }

    @Override
    public String description() {
        return "Change lane kind";
    }
}
