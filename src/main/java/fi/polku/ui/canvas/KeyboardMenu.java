package fi.polku.ui.canvas;

import fi.polku.ui.state.CellRef;
import fi.polku.layout.CardBox;
import fi.polku.layout.CellBox;
import fi.polku.layout.HeaderBox;
import fi.polku.layout.MapLayout;
import javafx.geometry.Point2D;

/**
 * The context menu opened from the keyboard (the context-menu key, Shift+F10): for the selected arrow,
 * else the selected stage or lane header, else the focused card, else the current cell, shown at that thing rather than the pointer.
 */
final class KeyboardMenu {
    private final JourneyCanvas canvas;

    KeyboardMenu(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    /** Opens the menu; false when nothing is selected, focused or current, so there is nothing to offer. */
    boolean open() {
        MapLayout layout = canvas.mapLayout();
        String arrow = canvas.state().selectedConnectionProperty().get();
        var selectedArrow = layout.connections().stream().filter(a -> a.id().equals(arrow)).findFirst();
        if (selectedArrow.isPresent()) {
            var middle = selectedArrow.get().path().get(selectedArrow.get().path().size() / 2);
            Point2D at = screen((middle.x0() + middle.x1()) / 2, (middle.y0() + middle.y1()) / 2);
            canvas.actions().openArrowMenu(arrow, at.getX(), at.getY());
            return true;
        }
        String stage = canvas.state().selectedStageProperty().get();
        String lane = canvas.state().selectedLaneProperty().get();
        if (canvas.state().selection().isEmpty() && (stage != null || lane != null)) {
            HeaderBox header = (stage != null ? layout.stageHeaders() : layout.laneHeaders()).stream()
                    .filter(h -> h.id().equals(stage != null ? stage : lane)).findFirst().orElse(null);
            if (header != null) {
                Point2D at = headerPoint(header, stage != null);
                canvas.actions().openHeaderMenu(stage, stage != null ? null : lane, at.getX(), at.getY());
                return true;
            }
        }
        String focused = canvas.focusedCard();
        CardBox card = focused == null ? null : layout.card(focused);
        if (card != null) {
            Point2D at = screen(card.bounds().centerX(), card.bounds().centerY());
            canvas.actions().openContextMenu(new CellRef(card.stageId(), card.laneId()), focused, at.getX(),
                    at.getY());
            return true;
        }
        CellRef current = canvas.state().currentCellProperty().get();
        CellBox cell = current == null ? null : layout.cells().stream()
                .filter(c -> c.stageId().equals(current.stageId()) && c.laneId().equals(current.laneId()))
                .findFirst().orElse(null);
        if (cell != null) {
            Point2D at = screen(cell.bounds().centerX(), cell.bounds().centerY());
            canvas.actions().openContextMenu(current, null, at.getX(), at.getY());
            return true;
        }
        return false;
    }

    /** Where a header is drawn: pinned to the top (stages) or left (lanes) while the map is scrolled. */
    private Point2D headerPoint(HeaderBox header, boolean isStage) {
        CanvasViewport v = canvas.viewport();
        double x = header.bounds().centerX();
        double y = header.bounds().centerY();
        if (isStage && v.offsetY() > 0) {
            y += v.offsetY();
        }
        if (!isStage && v.offsetX() > 0) {
            x += v.offsetX();
        }
        return screen(x, y);
    }

    /** A map point on screen, kept inside the view so the menu never opens off the window. */
    private Point2D screen(double mapX, double mapY) {
        CanvasViewport v = canvas.viewport();
        double sx = Math.max(0, Math.min(v.viewWidth(), v.toScreenX(mapX)));
        double sy = Math.max(0, Math.min(v.viewHeight(), v.toScreenY(mapY)));
        return canvas.surface().localToScreen(sx, sy);
    }
}
