package fi.polku.edit;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes one arrow in place: its label, the card it starts or ends at, or its direction. The arrow keeps
 * its id and its place in the map's list. Ends that name no touchpoint, an arrow from a card to itself and
 * a second arrow between the same two cards in the same direction are refused; a missing arrow changes
 * nothing (it may have been deleted since the step was asked for).
 */
public record UpdateConnection(String connectionId, String from, String to, String label, Text description)
        implements Command {
    /** Gives the arrow a new label; a blank one removes the label. */
    public static UpdateConnection label(JourneyMap map, String connectionId, String label) {
        Connection c = existing(map, connectionId);
        return new UpdateConnection(connectionId, c.from(), c.to(), label == null ? "" : label.strip(),
                Text.of("step.labelConnection"));
    }

    /** Moves the arrow's ends to {@code from} and {@code to} (one of them usually unchanged). */
    public static UpdateConnection reconnect(JourneyMap map, String connectionId, String from, String to) {
        Connection c = existing(map, connectionId);
        return new UpdateConnection(connectionId, from, to, c.label(), Text.of("step.reconnectConnection"));
    }

    /** Turns the arrow round: it then points from its old target to its old source. */
    public static UpdateConnection reverse(JourneyMap map, String connectionId) {
        Connection c = existing(map, connectionId);
        return new UpdateConnection(connectionId, c.to(), c.from(), c.label(), Text.of("step.reverseConnection"));
    }

    /** Why an arrow cannot run between two ends; the window words it (keys {@code arrow.refused.*}). */
    public enum Refusal {
        /** An end names no touchpoint of the map (dropped beside the cards). */
        NO_CARD,
        /** Both ends at the same touchpoint. */
        SELF_LOOP,
        /** Another arrow already runs between the same two touchpoints in the same direction. */
        DUPLICATE
    }

    /**
     * Why the arrow cannot be changed to run from {@code from} to {@code to}, or null when it can: the
     * window asks this first and shows the reason instead of a failing step.
     */
    public static Refusal refusal(JourneyMap map, String connectionId, String from, String to) {
        if (from == null || to == null || map.touchpoint(from).isEmpty() || map.touchpoint(to).isEmpty()) {
            return Refusal.NO_CARD;
        }
        if (from.equals(to)) {
            return Refusal.SELF_LOOP;
        }
        boolean duplicate = map.connections().stream().anyMatch(
                o -> !o.id().equals(connectionId) && o.from().equals(from) && o.to().equals(to));
        return duplicate ? Refusal.DUPLICATE : null;
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        List<Connection> out = new ArrayList<>(map.connections());
        int at = out.stream().map(Connection::id).toList().indexOf(connectionId);
        if (at < 0) {
            return map;
        }
        Connection changed = new Connection(connectionId, from, to, label);
        if (changed.equals(out.get(at))) {
            return map;
        }
        EditRules.requireTouchpoint(map, from);
        EditRules.requireTouchpoint(map, to);
        Refusal refusal = refusal(map, connectionId, from, to);
        if (refusal != null) {
            throw new IllegalArgumentException("Connection " + connectionId + " cannot run from \"" + from
                    + "\" to \"" + to + "\": " + refusal);
        }
        out.set(at, changed);
        return map.withConnections(out);
    }

    private static Connection existing(JourneyMap map, String connectionId) {
        return map.connections().stream().filter(c -> c.id().equals(connectionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No connection \"" + connectionId + "\" in the map"));
    }
}
