package fi.polku.edit;

import fi.polku.model.Touchpoint;
import fi.polku.model.TouchpointList;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Places touchpoints at a position inside a cell. A cell's order is the order of its touchpoints in the
 * map's one list, so inserting means finding the right spot in that list. A 20,000-card map makes this
 * the cost of every drag, so the list is read once ({@link #scan}) and copied once ({@link Scan#splice}).
 */
final class CellOrder {
    private CellOrder() {
    }

    /**
     * Removes the touchpoints whose ids are in {@code removing} and puts {@code inserted} into the cell
     * at gap {@code gap}: before the card that is at that index now (counting the removed ones where
     * they stand, as a drop indicator shows it), or after the cell's last card.
     */
    static List<Touchpoint> place(List<Touchpoint> all, Set<String> removing, List<Touchpoint> inserted,
                                  String stageId, String laneId, int gap) {
        return scan(all, removing, stageId, laneId, gap).splice(inserted);
    }

    /**
     * Reads {@code all} once: which cards are removed and where cards inserted at {@code gap} go. Only the
     * cards whose id or cell hash matches are read themselves; the others are passed by their hashes.
     */
    static Scan scan(List<Touchpoint> all, Set<String> removing, String stageId, String laneId, int gap) {
        TouchpointList list = TouchpointList.copyOf(all);
        Scan s = new Scan(list);
        boolean removes = !removing.isEmpty();
        int[] wanted = removing.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
        boolean cellExists = stageId != null && laneId != null;
        int cell = cellExists ? TouchpointList.cellHash(stageId, laneId) : 0;
        int anchor = -1;
        int lastInCell = -1;
        int indexInCell = 0;
        for (int k = 0; k < list.size(); k++) {
            boolean removed = removes && hashIn(wanted, list.idHash(k)) && removing.contains(list.get(k).id());
            if (removed) {
                s.remove(k);
            }
            if (!cellExists || list.cellHash(k) != cell || !list.get(k).isIn(stageId, laneId)) {
                s.allRemovedInCell &= !removed;
                continue;
            }
            if (removed) {
                if (s.firstRemovedInCell < 0) {
                    s.firstRemovedInCell = indexInCell;
                }
                s.lastRemovedInCell = indexInCell;
            } else {
                if (anchor < 0) {
                    if (indexInCell >= gap) {
                        anchor = k;
                    } else {
                        s.stayingBefore++;
                    }
                }
                lastInCell = k;
            }
            indexInCell++;
        }
        s.insertAt = anchor >= 0 ? anchor : lastInCell >= 0 ? lastInCell + 1 : list.size();
        return s;
    }

    private static boolean hashIn(int[] sorted, int hash) {
        return sorted.length == 1 ? sorted[0] == hash : Arrays.binarySearch(sorted, hash) >= 0;
    }

    /** The result of one {@link #scan}: the removed cards' positions and the insertion point. */
    static final class Scan {
        private final TouchpointList all;
        private int[] removedAt = new int[4];
        private int removedCount;
        /** Index in {@code all} before which the inserted cards go; its size for the end. */
        private int insertAt;
        /** Staying cards of the cell before the insertion point. */
        private int stayingBefore;
        private boolean allRemovedInCell = true;
        private int firstRemovedInCell = -1;
        private int lastRemovedInCell = -1;

        private Scan(TouchpointList all) {
            this.all = all;
        }

        private void remove(int k) {
            if (removedCount == removedAt.length) {
                removedAt = Arrays.copyOf(removedAt, removedCount * 2);
            }
            removedAt[removedCount++] = k;
        }

        /** The removed touchpoints in list order. */
        Touchpoint[] removed() {
            Touchpoint[] out = new Touchpoint[removedCount];
            for (int i = 0; i < removedCount; i++) {
                out[i] = all.get(removedAt[i]);
            }
            return out;
        }

        /**
         * True when the removed cards all stand in the cell and re-inserting them, in their order, would
         * give the cell the order it has now: they already form one run exactly at the insertion point.
         * (The cell's order after the splice is its staying cards with the run after the first
         * {@code stayingBefore} of them.)
         */
        boolean keepsCellOrder() {
            return removedCount > 0 && allRemovedInCell && firstRemovedInCell == stayingBefore
                    && lastRemovedInCell - firstRemovedInCell == removedCount - 1;
        }

        /** The list without the removed cards and with {@code inserted} at the insertion point. */
        List<Touchpoint> splice(List<Touchpoint> inserted) {
            return all.spliced(removedAt, removedCount, insertAt, inserted);
        }
    }
}
