package fi.polku.ui.canvas;

import fi.polku.layout.CellBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.Rect;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.ui.state.CellRef;

import java.util.List;

/** Where quick capture writes: the cell's bounds, and the cell that Tab goes to. */
final class CaptureSpot {
    private CaptureSpot() {
    }

    static Rect cellBounds(MapLayout layout, CellRef ref) {
        CellBox cell = cell(layout, ref);
        return cell == null ? null : cell.bounds();
    }

    /**
     * The cell after (direction 1) or before (-1) this one in the order a facilitator fills a wall of
     * sticky notes: along the lane from stage to stage, then on to the next lane's first stage, and round
     * from the last cell to the first. Null when the map has no such cell.
     */
    static CellRef step(JourneyMap map, CellRef from, int direction) {
        List<String> stages = map.stages().stream().map(Stage::id).toList();
        List<String> lanes = map.lanes().stream().map(Lane::id).toList();
        int s = stages.indexOf(from.stageId());
        int l = lanes.indexOf(from.laneId());
        if (s < 0 || l < 0) {
            return null;
        }
        int count = stages.size() * lanes.size();
        int at = Math.floorMod(l * stages.size() + s + direction, count);
        return new CellRef(stages.get(at % stages.size()), lanes.get(at / stages.size()));
    }

    private static CellBox cell(MapLayout layout, CellRef ref) {
        for (CellBox c : layout.cells()) {
            if (c.stageId().equals(ref.stageId()) && c.laneId().equals(ref.laneId())) {
                return c;
            }
        }
        return null;
    }
}
