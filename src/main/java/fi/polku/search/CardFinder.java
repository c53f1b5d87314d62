package fi.polku.search;

import fi.polku.model.JourneyMap;

/**
 * Finds cards by title, description, owner or tag, ignoring case and accents; several words must all
 * occur (each anywhere on the card). The folded index is made once per map value and only the cards an
 * edit changed are folded again, so a keystroke costs one scan of prepared text. One finder per window;
 * not thread-safe.
 */
public final class CardFinder {
    private JourneyMap indexed;
    private CardIndex index = CardIndex.EMPTY;

    /** The cards of {@code map} matching {@code query}, in the map's reading order. */
    public FindResult find(JourneyMap map, String query) {
        if (query == null || query.isBlank()) {
            return FindResult.NONE;
        }
        return FindResult.of(query, indexOf(map).matching(FoldedText.words(query)));
    }

    private CardIndex indexOf(JourneyMap map) {
        // Identity, not equals: an edit always makes a new map value, and equals would compare whole maps.
        if (map != indexed) {
            index = CardIndex.of(map, index);
            indexed = map;
        }
        return index;
    }
}
