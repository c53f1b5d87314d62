package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

import java.util.List;

/**
 * Several commands run in order as one undo step under one name, e.g. an import ("Import 1,204
 * answers"); the parts' own names are not shown. With a merge key, back-to-back composites with the
 * same key become one step, as a single command's would.
 */
public record CompositeCommand(Text description, List<Command> commands, Object mergeKey) implements Command {
    public CompositeCommand {
        commands = List.copyOf(commands);
    }

    public CompositeCommand(Text description, List<Command> commands) {
        this(description, commands, null);
    }

    public static CompositeCommand of(Text description, Command... commands) {
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
