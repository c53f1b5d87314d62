package fi.polku.layout;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes connection arrows orthogonally through the gutters between cells, where no card ever lies: an
 * arrow leaves the side of its source card facing the target, turns on the nearest column edge and, when
 * a straight run would cross another card, detours along a lane edge; a card inside a crowded cell goes
 * out through the gap between card columns first. Corners are rounded.
 */
final class ConnectionRouter {
    private static final double HEAD = ConnectionArrow.HEAD_LENGTH;
    private static final double CORNER = 8;

    private ConnectionRouter() {
    }

    static List<ConnectionArrow> route(JourneyMap map, MapLayout base, TextMeasurer measurer) {
        List<ConnectionArrow> out = new ArrayList<>();
        LabelPlacer labels = new LabelPlacer(base);
        Map<String, Integer> stageIndex = new HashMap<>();
        base.stageHeaders().forEach(h -> stageIndex.put(h.id(), h.index()));
        int k = 0;
        for (Connection c : map.connections()) {
            CardBox from = base.card(c.from());
            CardBox to = base.card(c.to());
            if (from == null || to == null || from == to) {
                continue;
            }
            // Arrows that share a gutter are spread a little so that each stays traceable.
            double offset = ((k++ % 3) - 1) * 3;
            double[] points = points(base, from, to, stageIndex.get(from.stageId()), stageIndex.get(to.stageId()),
                    offset);
            out.add(arrow(c, points, base, measurer, labels));
        }
        return out;
    }

    private static double[] points(MapLayout base, CardBox from, CardBox to, int sa, int sb, double off) {
        Rect a = from.bounds();
        Rect b = to.bounds();
        double ya = a.centerY();
        double yb = b.centerY();
        List<double[]> candidates = new ArrayList<>();
        if (sa != sb) {
            boolean right = sb > sa;
            double x0 = right ? a.maxX() : a.x();
            double x1 = right ? b.x() : b.maxX();
            double ga = (right ? column(base, sa).maxX() : column(base, sa).x()) + off;
            double gb = (right ? column(base, sb).x() : column(base, sb).maxX()) + off;
            if (Math.abs(ya - yb) < 1) {
                candidates.add(new double[] {x0, ya, x1, yb});
            }
            candidates.add(new double[] {x0, ya, gb, ya, gb, yb, x1, yb});
            candidates.add(new double[] {x0, ya, ga, ya, ga, yb, x1, yb});
            double gy = laneGutter(base, (ya + yb) / 2) + off;
            candidates.add(new double[] {x0, ya, ga, ya, ga, gy, gb, gy, gb, yb, x1, yb});
        } else {
            boolean down = b.y() > a.y();
            double x = a.centerX();
            if (x > b.x() + 4 && x < b.maxX() - 4) {
                candidates.add(new double[] {x, down ? a.maxY() : a.y(), x, down ? b.y() : b.maxY()});
            }
            boolean leftSide = b.centerX() < a.centerX() - 1;
            double g = (leftSide ? column(base, sa).x() : column(base, sa).maxX()) + off;
            double xa = leftSide ? a.x() : a.maxX();
            double xb = leftSide ? b.x() : b.maxX();
            candidates.add(new double[] {xa, ya, g, ya, g, yb, xb, yb});
        }
        double[] fallback = candidates.getLast();
        double[] corridors = throughCorridors(base, a, b, off);
        if (corridors != null) {
            candidates.add(corridors);
        }
        for (double[] c : candidates) {
            if (clear(base, c, from, to)) {
                return c;
            }
        }
        return fallback;
    }

    /**
     * A way for a card deep in a crowded cell, whose straight runs to the stage's edge would cross its
     * neighbours: out of its side into the gap between card columns, along it to its lane's edge, along
     * that to its stage's edge, along that to the target's lane, along that lane's edge to the gap beside
     * the target, and into the target's side. Each run stays where no card can be: a gap between columns
     * within one cell (the cells of a stage are centred, so their columns do not line up across lanes),
     * a lane edge or a stage edge. Null for a card outside every cell.
     */
    private static double[] throughCorridors(MapLayout base, Rect a, Rect b, double off) {
        CellBox from = base.cellAt(a.centerX(), a.centerY());
        CellBox to = base.cellAt(b.centerX(), b.centerY());
        if (from == null || to == null) {
            return null;
        }
        double half = base.theme().sizes().cardGap() / 2;
        boolean down = b.centerY() > a.centerY();
        boolean rightward = b.centerX() > a.centerX();
        double gx = (rightward ? from.bounds().maxX() : from.bounds().x()) + off;
        double ea = (down ? from.bounds().maxY() : from.bounds().y()) + off;
        double eb = (down ? to.bounds().y() : to.bounds().maxY()) + off;
        boolean aRight = gx > a.centerX();
        boolean bRight = gx > b.centerX();
        double xa = aRight ? a.maxX() : a.x();
        double ca = (aRight ? a.maxX() + half : a.x() - half) + off;
        double xb = bRight ? b.maxX() : b.x();
        double cb = (bRight ? b.maxX() + half : b.x() - half) + off;
        return new double[] {xa, a.centerY(), ca, a.centerY(), ca, ea, gx, ea, gx, eb, cb, eb, cb, b.centerY(), xb,
                b.centerY()};
    }

    private static Rect column(MapLayout base, int stage) {
        return base.stageHeaders().get(stage).bounds();
    }

    /** The lane edge nearest a height: a horizontal line no card crosses. */
    private static double laneGutter(MapLayout base, double y) {
        double best = base.stageHeaderHeight();
        for (HeaderBox lane : base.laneHeaders()) {
            for (double edge : new double[] {lane.bounds().y(), lane.bounds().maxY()}) {
                if (Math.abs(edge - y) < Math.abs(best - y)) {
                    best = edge;
                }
            }
        }
        return best;
    }

    /** True when no run of the polyline crosses a card other than its two ends. */
    private static boolean clear(MapLayout base, double[] xy, CardBox from, CardBox to) {
        for (int i = 0; i + 3 < xy.length; i += 2) {
            Rect run = Rect.spanning(xy[i], xy[i + 1], xy[i + 2], xy[i + 3]);
            for (CardBox c : base.cardsIn(new Rect(run.x() - 1, run.y() - 1, run.w() + 2, run.h() + 2))) {
                if (c != from && c != to) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ConnectionArrow arrow(Connection c, double[] xy, MapLayout base, TextMeasurer measurer,
                                         LabelPlacer labels) {
        Theme theme = base.theme();
        int n = xy.length;
        double x1 = xy[n - 2];
        double y1 = xy[n - 1];
        double len = Math.max(1e-9, Math.hypot(x1 - xy[n - 4], y1 - xy[n - 3]));
        double ux = (x1 - xy[n - 4]) / len;
        double uy = (y1 - xy[n - 3]) / len;
        // Stop the line at the base of the head so that it does not poke through the tip.
        double[] line = xy.clone();
        line[n - 2] = x1 - ux * HEAD;
        line[n - 1] = y1 - uy * HEAD;
        List<CubicSegment> path = RoundedPolyline.of(line, CORNER);
        double px = -uy * HEAD / 2;
        double py = ux * HEAD / 2;
        PathShape head = PathShape.polygon(x1, y1, line[n - 2] + px, line[n - 1] + py, line[n - 2] - px,
                line[n - 1] - py);
        if (c.label().isBlank()) {
            return new ConnectionArrow(c.id(), c.from(), c.to(), path, head, c.label(), null, null);
        }
        double size = theme.sizes().smallSize();
        String text = new TextWrapper(measurer).truncate(TextWrapper.collapseWhitespace(c.label()), FontFace.REGULAR,
                size, theme.sizes().cardWidth());
        double w = measurer.width(text, FontFace.REGULAR, size) + 8;
        double h = size + 6;
        Rect box = labels.place(xy, w, h);
        TextBlock label = new TextBlock(List.of(text), box.x() + 4,
                CardLayouter.baselineCentred(box.centerY(), FontFace.REGULAR, size), 0, FontFace.REGULAR, size,
                theme.palette().mutedText());
        return new ConnectionArrow(c.id(), c.from(), c.to(), path, head, c.label(), box, label);
    }
}
