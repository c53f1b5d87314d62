package fi.polku.model.diff;

/**
 * Which items of a sequence kept their order: a longest increasing subsequence of their old positions, so that
 * inserting or removing a card does not make the cards after it count as moved, and moving one card marks that
 * card alone.
 */
final class KeptOrder {
    private KeptOrder() {
    }

    /**
     * For the items in their new order with their old positions (all distinct), true for each item that is
     * part of one longest run of old positions in increasing order. O(n log n), as a cell may hold thousands.
     */
    static boolean[] kept(int[] oldPositions) {
        int n = oldPositions.length;
        int[] tails = new int[n]; // index of the smallest tail of an increasing run of each length
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (oldPositions[tails[mid]] < oldPositions[i]) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        boolean[] kept = new boolean[n];
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        return kept;
    }
}
