package fi.polku.edit;

import java.util.Collection;
import java.util.Set;

/**
 * Identifies a burst of edits that the history merges into one undo step: the same field of the same
 * things, such as typing in one title or dragging one emotion point.
 */
public record MergeKey(String field, Set<String> ids) {
    public MergeKey {
        ids = Set.copyOf(ids);
    }

    public static MergeKey of(String field, Collection<String> ids) {
        return new MergeKey(field, Set.copyOf(ids));
    }

    public static MergeKey of(String field, String id) {
        return new MergeKey(field, Set.of(id));
    }
}
