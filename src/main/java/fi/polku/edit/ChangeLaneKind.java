package fi.polku.edit;

import fi.polku.model.ChannelType;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.text.Text;

import java.util.Objects;

/**
 * Changes what a lane holds, e.g. a channel lane becomes the emotion lane, or a channel lane's channel.
 * The channel is kept only for channel lanes. Its touchpoints stay. Picking another channel for a
 * channel lane is named as such ({@link #channel}).
 */
public record ChangeLaneKind(String laneId, LaneKind kind, ChannelType channel, String nameKey) implements Command {
    public ChangeLaneKind {
        Objects.requireNonNull(kind, "kind");
        channel = kind == LaneKind.CHANNEL ? channel : null;
    }

    public ChangeLaneKind(String laneId, LaneKind kind, ChannelType channel) {
        this(laneId, kind, channel, "step.laneKind");
    }

    /** A channel lane gets another channel. */
    public static ChangeLaneKind channel(String laneId, ChannelType channel) {
        return new ChangeLaneKind(laneId, LaneKind.CHANNEL, channel, "step.laneChannel");
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        var lanes = Reorder.replace(map.lanes(), l -> l.id().equals(laneId),
                l -> new Lane(l.id(), l.name(), kind, channel));
        return lanes == map.lanes() ? map : map.withLanes(lanes);
    }

    @Override
    public Text description() {
        return Text.of(nameKey);
    }
}
