package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;

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
        Set<String> moving = Set.copyOf(ids);
        List<Touchpoint> moved = map.touchpoints().stream()
                .filter(t -> moving.contains(t.id()))
                .map(t -> t.isIn(stageId, laneId) ? t : t.withCell(stageId, laneId))
                .toList();
        if (moved.isEmpty()) {
            return map;
        }
        List<Touchpoint> placed = CellOrder.place(map.touchpoints(), moving, moved, stageId, laneId,
                Math.max(0, indexInCell));
        boolean sameCell = map.touchpoints().stream()
                .filter(t -> moving.contains(t.id())).allMatch(t -> t.isIn(stageId, laneId));
        if (sameCell && cellOrder(placed).equals(cellOrder(map.touchpoints()))) {
            // Dropped where they already were: the file's list order must not churn either.
            return map;
        }
        return map.withTouchpoints(placed);
    }

    private List<String> cellOrder(List<Touchpoint> all) {
        return all.stream().filter(t -> t.isIn(stageId, laneId)).map(Touchpoint::id).toList();
    }

    @Override
    public String description() {
        return UndoText.counted("Move", Set.copyOf(ids).size());
    }
}
