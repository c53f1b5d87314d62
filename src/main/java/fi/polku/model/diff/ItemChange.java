package fi.polku.model.diff;

import java.util.List;
import java.util.Optional;

/**
 * One item that differs between two maps: added, removed, or there in both and moved and/or changed field by
 * field.
 *
 * @param title  what a person calls it, from the newer map (the older one when it was removed)
 * @param before its place in the older map, or null when added or not an arranged kind
 * @param after  its place in the newer map, or null when removed or not an arranged kind
 * @param moved  true when it moved: to another cell, or out of order with the items kept in both maps
 * @param fields the fields that differ, in the record's order; empty for an added or removed item
 */
public record ItemChange(ItemKind kind, String id, String title, Status status, Place before, Place after,
                         boolean moved, List<FieldChange> fields) {
    /** How an item differs. */
    public enum Status {
        ADDED, REMOVED, CHANGED;

        /** The name machine-readable output uses. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ItemChange {
        fields = List.copyOf(fields);
    }

    /** Whether any field other than its place differs. */
    public boolean changed() {
        return !fields.isEmpty();
    }

    /** The change of one field, if it differs. */
    public Optional<FieldChange> field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst();
    }
}
