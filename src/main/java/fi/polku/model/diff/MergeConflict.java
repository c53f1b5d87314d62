package fi.polku.model.diff;

/**
 * One place where the two sides of a three-way merge disagree: the same field of the same item changed two ways,
 * or an item deleted on one side and changed on the other.
 *
 * @param field  the record component that differs ({@code cell} for a card moved to two different cells), or
 *               null when the whole item was deleted on one side
 * @param base   the value in the common ancestor
 * @param ours   our value (null when we deleted the item)
 * @param theirs their value (null when they deleted the item)
 */
public record MergeConflict(ItemKind kind, String id, String title, Type type, String field, Object base,
                            Object ours, Object theirs) {
    /** The field standing for a card's stage and lane together. */
    public static final String CELL = "cell";

    /** What kind of disagreement. */
    public enum Type {
        /** Both sides changed the field to different values. */
        BOTH_CHANGED,
        /** We deleted the item; they changed it. */
        DELETED_BY_OURS,
        /** They deleted the item; we changed it. */
        DELETED_BY_THEIRS;

        /** The name machine-readable output uses. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
