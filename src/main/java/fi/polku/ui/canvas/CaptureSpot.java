package fi.polku.ui.canvas;

import fi.polku.layout.CardBox;
import fi.polku.layout.CellBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.Rect;
import fi.polku.layout.Theme;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.ui.state.CellRef;

import java.util.List;

/** Where quick capture writes: the place of a cell's next card, and the cell that Tab goes to. */
final class CaptureSpot {
    private CaptureSpot() {
    }

    /** A one-line card's height in map units: the least a card takes, and so the field's height. */
    static double cardHeight(Theme theme) {
        return 2 * theme.cardPadding() + theme.titleSize() * 1.4;
    }

    static Rect cellBounds(MapLayout layout, CellRef ref) {
        CellBox cell = cell(layout, ref);
        return cell == null ? null : cell.bounds();
    }

    /**
     * Where a card added at the end of the cell will be, {@code height} tall: the top of an empty cell,
     * below the last card of a stack, or the next place in reading order of a grid of cards. (A card that
     * makes a stack into a grid lands elsewhere; the field follows it once the map is laid out again.)
     */
    static Rect nextCard(MapLayout layout, CellRef ref, double height) {
        CellBox cell = cell(layout, ref);
        if (cell == null) {
            return null;
        }
        Theme theme = layout.theme();
        double w = theme.cardWidth();
        double gap = theme.cardGap();
        List<CardBox> cards = cell.cards();
        Rect b = cell.bounds();
        if (cards.isEmpty()) {
            return new Rect(b.x() + (b.w() - w) / 2, b.y() + theme.cellPadding(), w, height);
        }
        Rect last = cards.getLast().bounds();
        int columns = Math.max(1, cell.columns());
        if (cards.size() % columns != 0) {
            return new Rect(last.maxX() + gap, last.y(), w, height);
        }
        double bottom = cards.stream().mapToDouble(c -> c.bounds().maxY()).max().orElse(last.maxY());
        return new Rect(cards.getFirst().bounds().x(), bottom + gap, w, height);
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
