package fi.polku.render;

import fi.polku.layout.ConnectionArrow;
import fi.polku.layout.MapLayout;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.layout.Theme;

import java.util.ArrayList;
import java.util.List;

/** Paints the flow arrows between touchpoints: the lines near the view, their heads and their labels. */
final class ConnectionPainter {
    /** Stroke width of the connection lines (map pixels). */
    private static final double BASE_LINE_WIDTH = 1.25;
    /** Below this on-screen length (pixels) an arrowhead shows no direction and is left out. */
    private static final double MIN_HEAD_PX = 3;

    private final MapLayout layout;
    private final Theme theme;

    ConnectionPainter(MapLayout layout) {
        this.layout = layout;
        this.theme = layout.theme();
    }

    void paint(Painter p, Rect visible, double scale) {
        if (layout.connections().isEmpty()) {
            return;
        }
        p.beginGroup("connections", "connections");
        // Only the pieces near the screen are stroked; an export's visible area is the whole map.
        Rect near = visible.inset(-10);
        List<ConnectionArrow> shown = new ArrayList<>();
        List<PathShape> lines = new ArrayList<>();
        // Far zoom is screen only: a sub-pixel line's straight runs are then filled as thin rectangles,
        // which look the same and cost a canvas a fraction of a stroke.
        boolean runs = theme.sizes().titleSize() * scale < MapPainter.MIN_TEXT_PX && lineWidth() * scale < 1;
        List<Rect> rects = new ArrayList<>();
        for (ConnectionArrow a : layout.connections()) {
            if (runs) {
                int before = rects.size() + lines.size();
                FlowLines.add(a, near, scale, lineWidth(), rects, lines);
                if (rects.size() + lines.size() > before) {
                    shown.add(a);
                }
                continue;
            }
            PathShape line = a.lineWithin(near);
            if (line != null) {
                shown.add(a);
                lines.add(line);
            }
        }
        // All lines, then all heads, then the labels: each kind in one go (one shape on a canvas), and
        // labels stay readable over lines that cross them. Lines and heads share one colour, so their
        // order does not show.
        for (Rect r : rects) {
            p.fillRect(r.x(), r.y(), r.w(), r.h(), theme.palette().connection());
        }
        if (ConnectionArrow.HEAD_LENGTH * scale >= MIN_HEAD_PX && !runs) {
            // Without thin-line runs each shown arrow has exactly one line, so lines and heads pair up.
            p.arrows(lines, shown.stream().map(ConnectionArrow::head).toList(), theme.palette().connection(),
                    lineWidth());
        } else {
            p.strokePaths(lines, theme.palette().connection(), lineWidth());
            if (ConnectionArrow.HEAD_LENGTH * scale >= MIN_HEAD_PX) {
                // A head a pixel or two long is a blob, not a direction; the lines alone show the flow.
                p.fillPaths(shown.stream().map(ConnectionArrow::head).toList(), theme.palette().connection());
            }
        }
        if (theme.sizes().smallSize() * scale >= MapPainter.MIN_TEXT_PX) {
            for (ConnectionArrow a : shown) {
                if (a.labelBox() != null) {
                    Rect r = a.labelBox();
                    p.fillRoundRect(r.x(), r.y(), r.w(), r.h(), 3, theme.palette().background());
                    CardPainter.text(p, a.labelText());
                }
            }
        }
        p.endGroup();
    }

    /** The standard width, times the theme's line width (thicker in projector mode). */
    private double lineWidth() {
        return BASE_LINE_WIDTH * theme.sizes().lineWidth();
    }
}
