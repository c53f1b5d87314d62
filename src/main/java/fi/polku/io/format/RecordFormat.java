package fi.polku.io.format;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields of one record of the map file, in the documented (written) order, and how the record is made
 * from the values read. Both readers and the canonical writer walk this, so a new field is one line here.
 *
 * @param <R> the record
 */
public final class RecordFormat<R> {
    private static final java.util.concurrent.atomic.AtomicInteger COUNT = new java.util.concurrent.atomic.AtomicInteger();

    /** This format's number among all formats, from 0: a reader can keep one {@link Values} per format. */
    private final int number = COUNT.getAndIncrement();
    private final String what;
    private final List<Field<R, ?>> fields;
    private final Function<Values, R> make;
    private final Set<String> names;
    private final int[] required;
    // A perfect hash of the names: one multiply, one shift, one compare.
    private final Field<R, ?>[] table;
    private final int multiplier;
    private final int shift;

    @SafeVarargs
    @SuppressWarnings("unchecked")
    private RecordFormat(String what, Function<Values, R> make, Field<R, ?>... fields) {
        if (fields.length > 31) {
            throw new IllegalArgumentException("the readers track the fields seen in an int");
        }
        this.what = what;
        this.fields = List.of(fields);
        this.make = make;
        Set<String> all = new LinkedHashSet<>();
        int requiredCount = 0;
        for (int i = 0; i < fields.length; i++) {
            fields[i].placeAt(i);
            if (!all.add(fields[i].name())) {
                throw new IllegalArgumentException("two fields named " + fields[i].name());
            }
            requiredCount += fields[i].isRequired() ? 1 : 0;
        }
        this.names = Set.copyOf(all);
        this.required = new int[requiredCount];
        for (int i = 0, r = 0; i < fields.length; i++) {
            if (fields[i].isRequired()) {
                required[r++] = i;
            }
        }
        for (int bits = Math.max(2, 32 - Integer.numberOfLeadingZeros(fields.length - 1) + 1); ; bits++) {
            for (int m = 0x9E3779B1, tries = 0; tries < 64; m += 0x6A09E668, tries++) {
                Field<R, ?>[] slots = new Field[1 << bits];
                if (fill(slots, fields, m | 1, 32 - bits)) {
                    this.table = slots;
                    this.multiplier = m | 1;
                    this.shift = 32 - bits;
                    return;
                }
            }
        }
    }

    private static <R> boolean fill(Field<R, ?>[] slots, Field<R, ?>[] fields, int multiplier, int shift) {
        for (Field<R, ?> f : fields) {
            int i = (f.name().hashCode() * multiplier) >>> shift;
            if (slots[i] != null) {
                return false;
            }
            slots[i] = f;
        }
        return true;
    }

    /**
     * A record's format.
     *
     * @param what   the text key that names such a record in problem messages, such as {@code io.item.lane}
     * @param make   makes the record from the values read (absent ones are null)
     * @param fields the fields in the order the writer writes them
     */
    @SafeVarargs
    public static <R> RecordFormat<R> of(String what, Function<Values, R> make, Field<R, ?>... fields) {
        return new RecordFormat<>(what, make, fields);
    }

    /** The field named {@code name}, or null when the record has no such field. */
    public Field<R, ?> field(String name) {
        Field<R, ?> f = table[(name.hashCode() * multiplier) >>> shift];
        return f != null && (f.name() == name || f.name().equals(name)) ? f : null;
    }

    public List<Field<R, ?>> fields() {
        return fields;
    }

    /** The names of all fields; any other key in such an object is an unknown field. */
    public Set<String> names() {
        return names;
    }

    public String what() {
        return what;
    }

    /** This format's number among all formats, from 0 up to {@link #count()} (exclusive). */
    public int number() {
        return number;
    }

    /** How many formats there are so far. */
    public static int count() {
        return COUNT.get();
    }

    /** Room for one record's values. */
    public Values values() {
        return new Values(fields.size());
    }

    /** The record made from {@code values}, or null when a required field is missing. */
    public R make(Values values) {
        return values.hasRequired(required) ? make.apply(values) : null;
    }
}
