package fi.polku.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list over an array that no one else holds, which an edit can splice by copying whole runs.
 * {@link JourneyMap} keeps its touchpoints in one: a list that is already a FrozenList is taken as it is,
 * where {@code List.copyOf} would copy and null-check every element of a list the editor just built, and
 * on a 20,000-card map each of those copies was a visible part of every drag.
 */
public final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
    private static final FrozenList<?> EMPTY = new FrozenList<>(new Object[0]);

    private final Object[] elements;

    private FrozenList(Object[] elements) {
        this.elements = elements;
    }

    /** The list itself when it is a FrozenList, otherwise a copy; refuses null elements as List.copyOf does. */
    @SuppressWarnings("unchecked")
    public static <E> List<E> copyOf(Collection<? extends E> source) {
        if (source instanceof FrozenList<?> frozen) {
            return (List<E>) frozen;
        }
        // A copy of toArray's result, since a foreign collection might keep the array it returns.
        Object[] copy = Arrays.copyOf(source.toArray(), source.size(), Object[].class);
        for (Object e : copy) {
            Objects.requireNonNull(e);
        }
        return copy.length == 0 ? (List<E>) EMPTY : new FrozenList<>(copy);
    }

    /**
     * {@code source} without the elements at {@code removedAt[0..removedCount)} (ascending indices) and
     * with {@code inserted} before index {@code insertAt} of {@code source} (its size for the end).
     */
    public static <E> List<E> spliced(List<? extends E> source, int[] removedAt, int removedCount, int insertAt,
                                      List<? extends E> inserted) {
        Object[] from = source instanceof FrozenList<?> frozen ? frozen.elements : source.toArray();
        Objects.checkIndex(insertAt, from.length + 1);
        for (int r = 0; r < removedCount; r++) {
            Objects.checkIndex(removedAt[r], from.length);
            if (r > 0 && removedAt[r] <= removedAt[r - 1]) {
                throw new IllegalArgumentException("Removed indices must ascend: " + Arrays.toString(removedAt));
            }
        }
        Object[] out = new Object[from.length - removedCount + inserted.size()];
        int o = 0;
        int start = 0;
        // Each run of kept elements between two removed ones is copied whole; the inserted go in on the way.
        for (int r = 0; r <= removedCount; r++) {
            int end = r < removedCount ? removedAt[r] : from.length;
            if (start <= insertAt && insertAt <= end) {
                o = copy(from, start, insertAt, out, o);
                for (E e : inserted) {
                    out[o++] = Objects.requireNonNull(e);
                }
                o = copy(from, insertAt, end, out, o);
            } else {
                o = copy(from, start, end, out, o);
            }
            start = end + 1;
        }
        if (!(source instanceof FrozenList<?>)) {
            // A foreign source may hold nulls.
            for (Object e : out) {
                Objects.requireNonNull(e);
            }
        }
        return new FrozenList<>(out);
    }

    private static int copy(Object[] from, int start, int end, Object[] out, int o) {
        System.arraycopy(from, start, out, o, end - start);
        return o + end - start;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) elements[Objects.checkIndex(index, elements.length)];
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public Object[] toArray() {
        return elements.clone();
    }

    /** Element by element as every list does, but without an iterator and with an identity check first. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof FrozenList<?> other)) {
            return super.equals(o);
        }
        if (other.elements.length != elements.length) {
            return false;
        }
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] != other.elements[i] && !elements[i].equals(other.elements[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
