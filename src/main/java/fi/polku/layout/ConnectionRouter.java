package fi.polku.layout;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;

import java.util.ArrayList;
import java.util.List;

/** Routes connection arrows between cards: side to side across columns, bottom to top within one. */
final class ConnectionRouter {
    private static final double HEAD = 8;

    private ConnectionRouter() {
    }

    static List<ConnectionArrow> route(JourneyMap map, MapLayout base, TextMeasurer measurer) {
        List<ConnectionArrow> out = new ArrayList<>();
        for (Connection c : map.connections()) {
            CardBox from = base.card(c.from());
            CardBox to = base.card(c.to());
            if (from == null || to == null || from == to) {
                continue;
            }
            out.add(arrow(c, from.bounds(), to.bounds(), base, measurer));
        }
        return out;
    }

    /** Centred on the curve's midpoint, or beside or above it when that would cover a card. */
    private static Rect labelPlace(MapLayout base, double mx, double my, double w, double h) {
        Rect[] candidates = {
            new Rect(mx - w / 2, my - h / 2, w, h),
            new Rect(mx - w - 4, my - h / 2, w, h),
            new Rect(mx + 4, my - h / 2, w, h),
            new Rect(mx - w / 2, my - h - 4, w, h),
            new Rect(mx - w / 2, my + 4, w, h),
        };
        for (Rect r : candidates) {
            if (base.cardsIn(r).isEmpty()) {
                return r;
            }
        }
        return candidates[0];
    }

    private static ConnectionArrow arrow(Connection c, Rect a, Rect b, MapLayout base, TextMeasurer measurer) {
        Theme theme = base.theme();
        double x0;
        double y0;
        double x1;
        double y1;
        boolean horizontal = b.x() > a.maxX() || b.maxX() < a.x();
        if (horizontal) {
            boolean right = b.x() > a.maxX();
            x0 = right ? a.maxX() : a.x();
            x1 = right ? b.x() : b.maxX();
            y0 = a.centerY();
            y1 = b.centerY();
        } else {
            boolean down = b.y() > a.y();
            x0 = a.centerX();
            x1 = b.centerX();
            y0 = down ? a.maxY() : a.y();
            y1 = down ? b.y() : b.maxY();
        }
        double dx = horizontal ? (x1 - x0) / 2 : 0;
        double dy = horizontal ? 0 : (y1 - y0) / 2;
        // Stop the curve at the base of the head so the line does not poke through its tip.
        double len = Math.max(1e-9, Math.hypot(horizontal ? x1 - x0 : 0, horizontal ? 0 : y1 - y0));
        double ux = horizontal ? (x1 - x0) / len : 0;
        double uy = horizontal ? 0 : (y1 - y0) / len;
        double bx = x1 - ux * HEAD;
        double by = y1 - uy * HEAD;
        CubicSegment curve = new CubicSegment(x0, y0, x0 + dx, y0 + dy, bx - dx, by - dy, bx, by);
        double px = -uy * HEAD / 2;
        double py = ux * HEAD / 2;
        PathShape head = PathShape.polygon(x1, y1, bx + px, by + py, bx - px, by - py);
        if (c.label().isBlank()) {
            return new ConnectionArrow(c.id(), c.from(), c.to(), curve, head, c.label(), null, null);
        }
        double size = theme.smallSize();
        String text = new TextWrapper(measurer).truncate(TextWrapper.collapseWhitespace(c.label()), FontFace.REGULAR,
                size, theme.cardWidth());
        double w = measurer.width(text, FontFace.REGULAR, size) + 8;
        double h = size + 6;
        // The midpoint of a cubic Bézier is (p0 + 3 c1 + 3 c2 + p1) / 8.
        double mx = (curve.x0() + 3 * curve.c1x() + 3 * curve.c2x() + curve.x1()) / 8;
        double my = (curve.y0() + 3 * curve.c1y() + 3 * curve.c2y() + curve.y1()) / 8;
        Rect box = labelPlace(base, mx, my, w, h);
        TextBlock label = new TextBlock(List.of(text), box.x() + 4,
                CardLayouter.baselineCentred(box.centerY(), FontFace.REGULAR, size), 0, FontFace.REGULAR, size,
                theme.mutedText());
        return new ConnectionArrow(c.id(), c.from(), c.to(), curve, head, c.label(), box, label);
    }
}
