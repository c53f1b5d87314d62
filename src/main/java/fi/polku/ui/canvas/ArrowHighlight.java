package fi.polku.ui.canvas;

import fi.polku.layout.ConnectionArrow;
import fi.polku.layout.MapLayout;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.layout.TextBlock;
import fi.polku.render.Painter;

/**
 * The selected arrow drawn again over the map in the accent colour, a few screen pixels thick, and while
 * one of its ends is dragged a line from the other end to the pointer. Screen only: exports never see it.
 */
final class ArrowHighlight {
    /** Line width of the selected arrow on screen, whatever the zoom. */
    private static final double WIDTH_PX = 3;
    /** Radius of the handle at the arrow's tail on screen. */
    private static final double HANDLE_PX = 4;

    /** While an end is dragged: the fixed end and the pointer, in map units; NaN otherwise. */
    private double dragFromX = Double.NaN;
    private double dragFromY = Double.NaN;
    private double dragToX = Double.NaN;
    private double dragToY = Double.NaN;

    /** Shows a line from an arrow's fixed end to the pointer while its other end is dragged; NaN hides it. */
    void setDrag(double fixedX, double fixedY, double pointerX, double pointerY) {
        dragFromX = fixedX;
        dragFromY = fixedY;
        dragToX = pointerX;
        dragToY = pointerY;
    }

    /** Paints in map units: the painter carries the view transform. */
    void paint(Painter p, MapLayout layout, String connectionId, double zoom) {
        if (connectionId == null) {
            return;
        }
        ConnectionArrow a = layout.connections().stream().filter(c -> c.id().equals(connectionId)).findFirst()
                .orElse(null);
        if (a == null) {
            return;
        }
        int accent = layout.theme().palette().selection();
        double w = WIDTH_PX / zoom;
        p.strokePath(a.line(), accent, w);
        p.fillPath(a.head(), accent);
        p.strokePath(a.head(), accent, w / 2);
        // A round handle where the line leaves its card: the tail can be dragged, as the head can.
        var tail = a.path().getFirst();
        p.fillPath(PathShape.circle(tail.x0(), tail.y0(), HANDLE_PX / zoom), layout.theme().palette().background());
        p.strokePath(PathShape.circle(tail.x0(), tail.y0(), HANDLE_PX / zoom), accent, w / 2);
        Rect box = a.labelBox();
        if (box != null) {
            // The label stays readable over the thicker line, framed in the accent colour.
            p.fillRoundRect(box.x(), box.y(), box.w(), box.h(), 3, layout.theme().palette().background());
            p.strokeRoundRect(box.x(), box.y(), box.w(), box.h(), 3, accent, 1.5 / zoom);
            TextBlock t = a.labelText();
            for (int i = 0; i < t.lines().size(); i++) {
                p.text(t.lines().get(i), t.x(), t.baseline(i), t.face(), t.size(), t.colour());
            }
        }
        if (!Double.isNaN(dragToX)) {
            p.line(dragFromX, dragFromY, dragToX, dragToY, accent, WIDTH_PX / zoom);
        }
    }
}
