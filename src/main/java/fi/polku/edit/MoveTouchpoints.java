package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Moves touchpoints into a cell (possibly their own, to reorder them) at the gap before the card now at
 * {@code indexInCell}, counted with the moved cards still in place, as the drop indicator shows it;
 * an index past the end means the cell's end. Several cards keep their relative order.
 */
public record MoveTouchpoints(List<String> ids, String stageId, String laneId, int indexInCell)
        implements Command {
    public MoveTouchpoints {
        ids = List.copyOf(ids);
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        EditRules.requireCell(map, stageId, laneId);
        CellOrder.Scan scan = CellOrder.scan(map.touchpoints(), Set.copyOf(ids), stageId, laneId,
                Math.max(0, indexInCell));
        Touchpoint[] moved = scan.removed();
        if (moved.length == 0 || scan.keepsCellOrder()) {
            // Nothing to move, or dropped where they already were: the file's list order must not churn either.
            return map;
        }
        for (int i = 0; i < moved.length; i++) {
            Touchpoint t = moved[i];
            moved[i] = t.isIn(stageId, laneId) ? t : t.withCell(stageId, laneId);
        }
        return map.withTouchpoints(scan.splice(Arrays.asList(moved)));
    }

    @Override
    public Text description() {
        return Text.of("step.moveTouchpoints", Set.copyOf(ids).size());
    }
}
