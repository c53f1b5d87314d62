package fi.polku.edit;

import fi.polku.model.JourneyMap;

import java.util.List;
import java.util.Set;

/** Deletes touchpoints, their connections and their links from opportunities. */
public record DeleteTouchpoints(List<String> ids) implements Command {
    public DeleteTouchpoints {
        ids = List.copyOf(ids);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Set<String> doomed = Set.copyOf(ids);
        return TouchpointRemoval.remove(map, t -> doomed.contains(t.id()));
    }

    @Override
    public String description() {
        return UndoText.counted("Delete", Set.copyOf(ids).size());
    }
}
