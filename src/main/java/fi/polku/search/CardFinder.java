package fi.polku.search;

import fi.polku.model.JourneyMap;

import java.util.List;

/**
 * Finds cards by title, description, owner or tag, ignoring case and accents; several words must all
 * occur (each anywhere on the card). The folded index is made once per map value and only the cards an
 * edit changed are folded again, so a keystroke costs one scan of prepared text, and a keystroke that only
 * narrows the query (typing on) scans only the cards the previous one found. One finder per window; not
 * thread-safe.
 */
public final class CardFinder {
    private JourneyMap indexed;
    private CardIndex index = CardIndex.EMPTY;
    /** The previous search on {@link #index}: its words and the positions of its matches. */
    private List<String> lastWords = List.of();
    private int[] lastMatches;

    /** The cards of {@code map} matching {@code query}, in the map's reading order. */
    public FindResult find(JourneyMap map, String query) {
        List<String> words = query == null ? List.of() : FoldedText.words(query);
        if (words.isEmpty()) {
            return FindResult.NONE;
        }
        CardIndex cards = indexOf(map);
        int[] matches = cards.matching(words, narrows(words) ? lastMatches : null);
        lastWords = words;
        lastMatches = matches;
        return FindResult.of(query, cards.ids(matches));
    }

    private CardIndex indexOf(JourneyMap map) {
        // Identity, not equals: an edit always makes a new map value, and equals would compare whole maps.
        if (map != indexed) {
            index = CardIndex.of(map, index);
            indexed = map;
            lastWords = List.of();
            lastMatches = null;
        }
        return index;
    }

    /** True when every card matching {@code words} matched the previous words too: each old word is in a new one. */
    private boolean narrows(List<String> words) {
        if (lastMatches == null || lastWords.isEmpty()) {
            return false;
        }
        for (String old : lastWords) {
            if (words.stream().noneMatch(w -> w.contains(old))) {
                return false;
            }
        }
        return true;
    }
}
