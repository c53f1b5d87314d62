package fi.polku.edit;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.List;

/** Draws an arrow from one touchpoint to another; a second arrow between the same two changes nothing. */
public record AddConnection(Connection connection) implements Command {
    public static AddConnection between(JourneyMap map, String from, String to, String label) {
        return new AddConnection(new Connection(IdGenerator.next(map, IdGenerator.CONNECTION), from, to, label));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        EditRules.requireTouchpoint(map, connection.from());
        EditRules.requireTouchpoint(map, connection.to());
        if (connection.from().equals(connection.to())) {
            throw new IllegalArgumentException("A touchpoint cannot be connected to itself");
        }
        boolean exists = map.connections().stream()
                .anyMatch(c -> c.from().equals(connection.from()) && c.to().equals(connection.to()));
        if (exists) {
            return map;
        }
        EditRules.requireFreshId(map, connection.id());
        List<Connection> out = new ArrayList<>(map.connections());
        out.add(connection);
        return map.withConnections(out);
    }

    @Override
    public Text description() {
        return Text.of("step.addConnection");
    }
}
