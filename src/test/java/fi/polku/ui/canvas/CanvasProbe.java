package fi.polku.ui.canvas;

import fi.polku.layout.CardBox;
import fi.polku.layout.CellBox;
import fi.polku.layout.HeaderBox;
import javafx.geometry.Point2D;

/** Screen points of what a canvas shows, for robot tests outside the canvas package. */
public final class CanvasProbe {
    private final JourneyCanvas canvas;

    public CanvasProbe(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    private Point2D screen(double mapX, double mapY) {
        CanvasViewport v = canvas.viewport();
        return canvas.surface().localToScreen(v.toScreenX(mapX), v.toScreenY(mapY));
    }

    /** Whether the canvas lays the card out at all (a persona filter may hide it). */
    public boolean shows(String touchpointId) {
        return canvas.mapLayout().card(touchpointId) != null;
    }

    /** The emotion curves the canvas shows now (layout coordinates). */
    public java.util.List<fi.polku.layout.EmotionCurve> emotionCurves() {
        return canvas.mapLayout().emotionCurves();
    }

    /** The pixels the canvas shows over a map rectangle, as painted now (call on the FX thread). */
    public javafx.scene.image.Image pixelsOf(fi.polku.layout.Rect r) {
        CanvasViewport v = canvas.viewport();
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setViewport(new javafx.geometry.Rectangle2D(v.toScreenX(r.x()), v.toScreenY(r.y()),
                v.toScreenX(r.maxX()) - v.toScreenX(r.x()), v.toScreenY(r.maxY()) - v.toScreenY(r.y())));
        return canvas.surface().snapshot(p, null);
    }

    public Point2D centreOf(String touchpointId) {
        CardBox c = canvas.mapLayout().card(touchpointId);
        return screen(c.bounds().centerX(), c.bounds().centerY());
    }

    /** The middle of a card's yearly-value pill (opportunities lane). */
    public Point2D valueBadgeOf(String touchpointId) {
        CardBox c = canvas.mapLayout().card(touchpointId);
        return screen(c.valueBadge().centerX(), c.valueBadge().centerY());
    }

    /** A point on a card's dot-voting badge, which straddles the card's top edge near its right end. */
    public Point2D voteBadgeOf(String touchpointId) {
        CardBox c = canvas.mapLayout().card(touchpointId);
        return screen(c.bounds().maxX() - 12, c.bounds().y());
    }

    /** A point of a cell below its cards, where a drop appends and a click hits no card. */
    public Point2D emptyPartOf(String stageId, String laneId) {
        var layout = canvas.mapLayout();
        for (int s = 0; s < layout.stageHeaders().size(); s++) {
            for (int l = 0; l < layout.laneHeaders().size(); l++) {
                CellBox cell = layout.cell(s, l);
                if (cell.stageId().equals(stageId) && cell.laneId().equals(laneId)) {
                    return screen(cell.bounds().centerX(), cell.bounds().maxY() - 6);
                }
            }
        }
        throw new AssertionError("no cell " + stageId + "/" + laneId);
    }

    /** A point beside the cards of a cell, from which a rubber band can start. */
    public Point2D cornerOf(String stageId, String laneId, boolean topLeft) {
        var layout = canvas.mapLayout();
        for (int s = 0; s < layout.stageHeaders().size(); s++) {
            for (int l = 0; l < layout.laneHeaders().size(); l++) {
                CellBox cell = layout.cell(s, l);
                if (cell.stageId().equals(stageId) && cell.laneId().equals(laneId)) {
                    var b = cell.bounds();
                    return topLeft ? screen(b.x() + 3, b.y() + 3) : screen(b.maxX() - 3, b.maxY() - 3);
                }
            }
        }
        throw new AssertionError("no cell " + stageId + "/" + laneId);
    }

    public Point2D stageHeader(String stageId) {
        HeaderBox h = canvas.mapLayout().stageHeaders().stream().filter(x -> x.id().equals(stageId)).findFirst()
                .orElseThrow();
        return screen(h.bounds().centerX(), h.bounds().centerY());
    }

    public Point2D laneHeader(String laneId) {
        HeaderBox h = canvas.mapLayout().laneHeaders().stream().filter(x -> x.id().equals(laneId)).findFirst()
                .orElseThrow();
        return screen(h.bounds().centerX(), h.bounds().centerY());
    }

    /** The map point shown at a screen point. */
    public Point2D mapPointAt(Point2D screen) {
        Point2D local = canvas.surface().screenToLocal(screen);
        CanvasViewport v = canvas.viewport();
        return new Point2D(v.toMapX(local.getX()), v.toMapY(local.getY()));
    }

    /** Whether the map is larger than the view both ways, so that no edge limits a zoom around a point. */
    public boolean mapOverflowsView() {
        CanvasViewport v = canvas.viewport();
        return v.minOffsetX() < v.offsetX() && v.offsetX() < v.maxOffsetX()
                && v.minOffsetY() < v.offsetY() && v.offsetY() < v.maxOffsetY();
    }

    /** The centre of the view on screen. */
    public Point2D viewCentre() {
        CanvasViewport v = canvas.viewport();
        return canvas.surface().localToScreen(v.viewWidth() / 2, v.viewHeight() / 2);
    }

    /** The middle of an arrow's longest piece: a point on its line away from both ends. */
    public Point2D arrowMiddle(String connectionId) {
        var s = arrow(connectionId).path().stream().max(java.util.Comparator.comparingDouble(
                p -> Math.hypot(p.x1() - p.x0(), p.y1() - p.y0()))).orElseThrow();
        return screen((s.x0() + s.x1()) / 2, (s.y0() + s.y1()) / 2);
    }

    /** The base of an arrow's head, where a press grabs the head end. */
    public Point2D arrowHead(String connectionId) {
        var last = arrow(connectionId).path().getLast();
        return screen(last.x1(), last.y1());
    }

    /** Where an arrow leaves its source card, where a press grabs the tail of a selected arrow. */
    public Point2D arrowTail(String connectionId) {
        var first = arrow(connectionId).path().getFirst();
        return screen(first.x0(), first.y0());
    }

    private fi.polku.layout.ConnectionArrow arrow(String connectionId) {
        return canvas.mapLayout().connections().stream().filter(a -> a.id().equals(connectionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no arrow " + connectionId));
    }

    public boolean isLabellingArrow() {
        return canvas.arrowEditor().isEditing();
    }

    public boolean isRenamingHeader() {
        return canvas.editor().isEditingHeader();
    }
}
