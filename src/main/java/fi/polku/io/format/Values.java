package fi.polku.io.format;

/** The values read for one record, by field, until the record is made from them. */
public final class Values {
    private final Object[] slots;
    /** The fields read so far, by slot: a second one is a duplicate key. */
    private int seen;

    Values(int size) {
        this.slots = new Object[size];
    }

    /** Empties it for the next record of its format, so that a reader need not make one per record. */
    public void clear() {
        java.util.Arrays.fill(slots, null);
        seen = 0;
    }

    /** The value read for {@code field}, or null when the file did not have it. */
    @SuppressWarnings("unchecked")
    public <T> T get(Field<?, T> field) {
        return (T) slots[field.slot()];
    }

    /** Sets what a reader read for {@code field}; the reader knows the type from the field's kind. */
    public void set(Field<?, ?> field, Object value) {
        slots[field.slot()] = value;
    }

    /**
     * Sets what a reader read for {@code field}, as {@link #set}; false (and nothing set) when the object had
     * the field already, a duplicate key.
     */
    public boolean setOnce(Field<?, ?> field, Object value) {
        int bit = 1 << field.slot();
        if ((seen & bit) != 0) {
            return false;
        }
        seen |= bit;
        slots[field.slot()] = value;
        return true;
    }

    /** True when no field of {@code format} marked required is missing. */
    boolean hasRequired(int[] required) {
        for (int slot : required) {
            if (slots[slot] == null) {
                return false;
            }
        }
        return true;
    }
}
