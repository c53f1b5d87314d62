package fi.polku.model;

import java.util.Objects;

/**
 * A row of the map; its order is its position in {@link JourneyMap#lanes()}.
 * {@code channel} is set only for lanes of kind {@link LaneKind#CHANNEL}.
 */
public record Lane(String id, String name, LaneKind kind, ChannelType channel) {
    public Lane {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
    }

    public static Lane channel(String id, String name, ChannelType channel) {
        return new Lane(id, name, LaneKind.CHANNEL, channel);
    }

    public Lane withName(String newName) {
        return new Lane(id, newName, kind, channel);
    }
}
