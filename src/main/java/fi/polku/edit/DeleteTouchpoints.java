package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

import java.util.List;
import java.util.Set;

/**
 * Deletes touchpoints, their connections and their links from opportunities. {@link #cut} is the same
 * change under the name Cut, so that the Undo menu says what the user did.
 */
public record DeleteTouchpoints(List<String> ids, String nameKey) implements Command {
    public DeleteTouchpoints {
        ids = List.copyOf(ids);
    }

    public DeleteTouchpoints(List<String> ids) {
        this(ids, "step.deleteTouchpoints");
    }

    /** Deleting touchpoints that have been put on the clipboard. */
    public static DeleteTouchpoints cut(List<String> ids) {
        return new DeleteTouchpoints(ids, "step.cutTouchpoints");
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Set<String> doomed = Set.copyOf(ids);
        return TouchpointRemoval.remove(map, t -> doomed.contains(t.id()));
    }

    @Override
    public Text description() {
        return Text.of(nameKey, Set.copyOf(ids).size());
    }
}
