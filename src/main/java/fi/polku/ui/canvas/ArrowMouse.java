package fi.polku.ui.canvas;

import fi.polku.layout.CardBox;
import fi.polku.layout.ConnectionArrow;
import fi.polku.layout.CubicSegment;
import fi.polku.layout.MapLayout;
import javafx.scene.Cursor;

/**
 * Pointer gestures on arrows: a press selects the arrow under the pointer, a drag of its head or tail
 * onto another card moves that end there, a double-click labels it and a right-click opens the arrow's
 * own menu. Positions are in map units; the reach is a few screen pixels at any zoom.
 */
final class ArrowMouse {
    /** How far from the line a press still hits it (screen pixels). */
    private static final double TOLERANCE_PX = 5;
    /** How far from an end a press grabs that end rather than the line (screen pixels). */
    private static final double END_REACH_PX = 12;
    /** How far from an end of the selected arrow a press grabs it before the card under it (screen pixels). */
    private static final double HANDLE_REACH_PX = 7;

    private final JourneyCanvas canvas;
    private String draggedId;
    private ArrowHit.End draggedEnd;

    ArrowMouse(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    /** The arrow under a map point, or null. */
    ConnectionArrow at(double x, double y) {
        return ArrowHit.at(canvas.mapLayout(), x, y, TOLERANCE_PX / canvas.viewport().zoom());
    }

    /** A primary press: selects the arrow under the point and notes a grabbed end; false when none is there. */
    boolean press(double x, double y) {
        ConnectionArrow a = at(x, y);
        draggedId = null;
        draggedEnd = null;
        if (a == null) {
            return false;
        }
        canvas.state().selectedConnectionProperty().set(a.id());
        draggedEnd = ArrowHit.endNear(a, x, y, END_REACH_PX / canvas.viewport().zoom());
        draggedId = draggedEnd == null ? null : a.id();
        return true;
    }

    /**
     * A primary press near an end of the selected arrow grabs that end, even where the end touches its
     * card: the arrow was chosen first, so the press is about it. False when the press is elsewhere.
     */
    boolean pressSelectedEnd(double x, double y) {
        ConnectionArrow a = arrow(canvas.state().selectedConnectionProperty().get());
        ArrowHit.End end = a == null ? null : ArrowHit.endNear(a, x, y, HANDLE_REACH_PX / canvas.viewport().zoom());
        if (end == null) {
            return false;
        }
        draggedId = a.id();
        draggedEnd = end;
        return true;
    }

    /** The pointer moved with the button down after a press on an arrow's end: shows where it would go. */
    void drag(double x, double y) {
        ConnectionArrow a = arrow(draggedId);
        if (a == null) {
            return;
        }
        CubicSegment fixed = draggedEnd == ArrowHit.End.TO ? a.path().getFirst() : a.path().getLast();
        double fx = draggedEnd == ArrowHit.End.TO ? fixed.x0() : fixed.x1();
        double fy = draggedEnd == ArrowHit.End.TO ? fixed.y0() : fixed.y1();
        CardBox card = canvas.mapLayout().cardAt(x, y);
        canvas.state().hoverCardProperty().set(card == null ? null : card.touchpointId());
        canvas.arrowHighlight().setDrag(fx, fy, x, y);
        canvas.requestRepaint();
        canvas.surface().setCursor(card == null ? Cursor.DEFAULT : Cursor.HAND);
    }

    /** The button was released after a drag of an end: asks to move that end onto the card there, if any. */
    void release(double x, double y, boolean dragged) {
        String id = draggedId;
        ArrowHit.End end = draggedEnd;
        draggedId = null;
        draggedEnd = null;
        canvas.arrowHighlight().setDrag(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        canvas.requestRepaint();
        ConnectionArrow a = arrow(id);
        if (!dragged || a == null) {
            return;
        }
        CardBox card = canvas.mapLayout().cardAt(x, y);
        String target = card == null ? null : card.touchpointId();
        String from = end == ArrowHit.End.FROM ? target : a.fromId();
        String to = end == ArrowHit.End.TO ? target : a.toId();
        if (from != null && to != null && from.equals(a.fromId()) && to.equals(a.toId())) {
            return;
        }
        canvas.actions().reconnectConnection(a.id(), from, to);
    }

    /** Whether a press grabbed an arrow's end, so that a drag moves it. */
    boolean isDraggingEnd() {
        return draggedId != null;
    }

    /** A double-click: labels the arrow under the point; false when none is there. */
    boolean doubleClick(double x, double y) {
        ConnectionArrow a = at(x, y);
        if (a == null) {
            return false;
        }
        canvas.beginLabelEdit(a.id());
        return true;
    }

    /** A right-click: selects the arrow under the point and opens its menu; false when none is there. */
    boolean contextMenu(double x, double y, double screenX, double screenY) {
        ConnectionArrow a = at(x, y);
        if (a == null) {
            return false;
        }
        canvas.state().selectedConnectionProperty().set(a.id());
        canvas.actions().openArrowMenu(a.id(), screenX, screenY);
        return true;
    }

    private ConnectionArrow arrow(String id) {
        if (id == null) {
            return null;
        }
        MapLayout l = canvas.mapLayout();
        return l.connections().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }
}
