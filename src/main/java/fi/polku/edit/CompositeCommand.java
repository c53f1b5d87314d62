package fi.polku.edit;

import fi.polku.model.JourneyMap;

import java.util.List;

/** Several commands run in order as one undo step, e.g. an import ("Import 1,204 answers"). */
public record CompositeCommand(String description, List<Command> commands) implements Command {
    public CompositeCommand {
        commands = List.copyOf(commands);
    }

    public static CompositeCommand of(String description, Command... commands) {
        return new CompositeCommand(description, List.of(commands));
    }

    /** Each part sees the map the previous part made; an exception from any part leaves the map as it was. */
    @Override
    public JourneyMap apply(JourneyMap map) {
        JourneyMap current = map;
        for (Command c : commands) {
            current = c.apply(current);
        }
        return current.equals(map) ? map : current;
    }
}
