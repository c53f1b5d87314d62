package fi.polku.model.diff;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads, compares and rebuilds model records field by field through their {@link RecordComponent}s, so that a
 * field added to a record later (a card's personas, a map's feelings) is compared and merged with no change
 * to the difference or the merge. The price is reflection, paid only for items that are not equal as a whole.
 */
final class RecordFields {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    /** A record type's components in declaration order and its canonical constructor. */
    private record Shape(RecordComponent[] components, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                return new Shape(components, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("A record always has its canonical constructor: " + type, e);
            }
        }
    }

    private RecordFields() {
    }

    /** The names of a record type's fields, in declaration order. */
    static List<String> names(Class<? extends Record> type) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : SHAPES.get(type).components()) {
            out.add(c.getName());
        }
        return out;
    }

    /** The fields of two records of one type that differ, leaving out those named in {@code skip}. */
    static List<FieldChange> changes(Record before, Record after, Set<String> skip) {
        List<FieldChange> out = new ArrayList<>();
        for (RecordComponent c : SHAPES.get(before.getClass()).components()) {
            if (skip.contains(c.getName())) {
                continue;
            }
            Object a = value(before, c);
            Object b = value(after, c);
            if (!Objects.equals(a, b)) {
                out.add(new FieldChange(c.getName(), a, b));
            }
        }
        return out;
    }

    /** All field values of a record, in declaration order. */
    static Object[] values(Record record) {
        RecordComponent[] components = SHAPES.get(record.getClass()).components();
        Object[] out = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            out[i] = value(record, components[i]);
        }
        return out;
    }

    /** A new record of {@code type} from its field values in declaration order. */
    static <R extends Record> R build(Class<R> type, Object[] values) {
        try {
            return type.cast(SHAPES.get(type).constructor().newInstance(values));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object value(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Model records and their accessors are public: " + component, e);
        }
    }
}
