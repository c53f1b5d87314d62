package fi.polku.edit;

import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Places touchpoints at a position inside a cell. A cell's order is the order of its touchpoints in the
 * map's one list, so inserting means finding the right spot in that list.
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
        int anchor = -1;
        int lastInCell = -1;
        int indexInCell = 0;
        for (int k = 0; k < all.size(); k++) {
            Touchpoint t = all.get(k);
            if (!t.isIn(stageId, laneId)) {
                continue;
            }
            boolean stays = !removing.contains(t.id());
            if (stays && anchor < 0 && indexInCell >= gap) {
                anchor = k;
            }
            if (stays) {
                lastInCell = k;
            }
            indexInCell++;
        }
        List<Touchpoint> out = new ArrayList<>(all.size() + inserted.size());
        for (int k = 0; k < all.size(); k++) {
            if (k == anchor) {
                out.addAll(inserted);
            }
            Touchpoint t = all.get(k);
            if (!removing.contains(t.id())) {
                out.add(t);
            }
            if (anchor < 0 && k == lastInCell) {
                out.addAll(inserted);
            }
        }
        if (anchor < 0 && lastInCell < 0) {
            out.addAll(inserted);
        }
        return out;
    }
}
