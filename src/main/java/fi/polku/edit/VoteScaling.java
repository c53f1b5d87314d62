package fi.polku.edit;

import java.util.LinkedHashMap;
import java.util.Map;

/** How Apply Votes turns each card's dots into an importance of 1 to 5. */
public enum VoteScaling {
    /**
     * By rank: the cards are ranked by their dots and the ranking is cut into fifths, the top fifth 5 and the
     * last 1. A card's fifth is set by how many cards have strictly more dots, so tied cards get the same.
     */
    RANK {
        @Override
        int importance(int votes, Map<String, Integer> counts, int most) {
            long above = counts.values().stream().filter(c -> c > votes).count();
            return 5 - (int) Math.floor(5.0 * above / counts.size());
        }
    },
    /** In proportion to the most dots: 1 + 4 × dots / most dots, rounded (half up). */
    PROPORTIONAL {
        @Override
        int importance(int votes, Map<String, Integer> counts, int most) {
            return (int) Math.floor(1 + 4.0 * votes / most + 0.5);
        }
    };

    abstract int importance(int votes, Map<String, Integer> counts, int most);

    /**
     * The importance 1..5 of each card with dots, in the order of {@code counts}.
     *
     * @param counts the dots per touchpoint id; cards without a dot are not in it
     */
    public Map<String, Integer> importances(Map<String, Integer> counts) {
        Map<String, Integer> voted = new LinkedHashMap<>();
        counts.forEach((id, n) -> {
            if (n > 0) {
                voted.put(id, n);
            }
        });
        int most = voted.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<String, Integer> out = new LinkedHashMap<>();
        voted.forEach((id, n) -> out.put(id, importance(n, voted, most)));
        return out;
    }
}
