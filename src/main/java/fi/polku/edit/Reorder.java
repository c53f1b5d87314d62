package fi.polku.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** List moves shared by the stage and lane commands, which order columns and rows by list position. */
final class Reorder {
    private Reorder() {
    }

    /** {@code list} with {@code item} inserted at {@code index}, clamped to the list's bounds. */
    static <T> List<T> insert(List<T> list, T item, int index) {
        List<T> out = new ArrayList<>(list);
        out.add(Math.clamp(index, 0, list.size()), item);
        return out;
    }

    /** The same list when no element matches, else the matching element moved to {@code toIndex} (clamped). */
    static <T> List<T> move(List<T> list, Predicate<T> which, int toIndex) {
        for (int i = 0; i < list.size(); i++) {
            if (which.test(list.get(i))) {
                List<T> out = new ArrayList<>(list);
                T item = out.remove(i);
                int to = Math.clamp(toIndex, 0, out.size());
                if (to == i) {
                    return list;
                }
                out.add(to, item);
                return out;
            }
        }
        return list;
    }

    /** The same list when no element matches, else the list with the element replaced. */
    static <T> List<T> replace(List<T> list, Predicate<T> which, UnaryOperator<T> change) {
        for (int i = 0; i < list.size(); i++) {
            if (which.test(list.get(i))) {
                T changed = change.apply(list.get(i));
                if (changed.equals(list.get(i))) {
                    return list;
                }
                List<T> out = new ArrayList<>(list);
                out.set(i, changed);
                return out;
            }
        }
        return list;
    }
}
