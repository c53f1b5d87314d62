package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

/**
 * One user action as a pure function from a map to a new map. A command whose result equals its input
 * changed nothing and is not recorded in the {@link History}.
 */
public interface Command {
    /** The new map; must not modify {@code map} (records are immutable anyway). */
    JourneyMap apply(JourneyMap map);

    /**
     * What the Undo menu names this step, e.g. "Move 3 touchpoints": a key and its arguments, put into
     * words only when a menu shows it, so that it reads in whatever language the window speaks then.
     */
    Text description();

    /**
     * Key for merging a burst of edits into one undo step (typing in one field, one drag). Two commands
     * with the same non-null key executed back to back become one step. Null means never merge.
     */
    default Object mergeKey() {
        return null;
    }
}
