package fi.polku.search;

import java.util.List;
import java.util.Set;

/**
 * What one query found on one map value: the matching cards in the map's reading order, and the same ids
 * as a set for the painter's look-ups. Immutable; {@link #NONE} while nothing is being searched.
 *
 * @param query   the text as typed
 * @param matches touchpoint ids in reading order
 * @param matched the same ids, for membership tests
 */
public record FindResult(String query, List<String> matches, Set<String> matched) {
    public static final FindResult NONE = new FindResult("", List.of(), Set.of());

    public FindResult {
        matches = List.copyOf(matches);
        matched = Set.copyOf(matched);
    }

    /** A result of these matches, in reading order. */
    public static FindResult of(String query, List<String> matches) {
        return new FindResult(query, matches, Set.copyOf(matches));
    }

    /** True while a query is being searched (even one that found nothing). */
    public boolean active() {
        return !query.isBlank();
    }

    public int count() {
        return matches.size();
    }
}
