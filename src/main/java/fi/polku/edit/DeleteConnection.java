package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

/** Removes one arrow between touchpoints. */
public record DeleteConnection(String connectionId) implements Command {
    @Override
    public JourneyMap apply(JourneyMap map) {
        var kept = map.connections().stream().filter(c -> !c.id().equals(connectionId)).toList();
        return kept.size() == map.connections().size() ? map : map.withConnections(kept);
    }

    @Override
    public Text description() {
        return Text.of("step.deleteConnection");
    }
}
