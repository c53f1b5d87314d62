package fi.polku.ui.canvas;

import fi.polku.layout.ConnectionArrow;
import fi.polku.layout.CubicSegment;
import fi.polku.layout.MapLayout;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;

/**
 * Finds the arrow under the pointer along its routed path, head and label, within a tolerance given in
 * map units (the caller turns a few screen pixels into map units, so the reach does not change with zoom).
 */
final class ArrowHit {
    /** Points per cubic piece when measuring the distance to a curve; the corners are short. */
    private static final int STEPS = 12;

    /** Which end of an arrow a press is on. */
    enum End { FROM, TO }

    private ArrowHit() {
    }

    /** The arrow nearest to (x, y) within {@code tolerance}, or null; a label box counts as the arrow. */
    static ConnectionArrow at(MapLayout layout, double x, double y, double tolerance) {
        ConnectionArrow best = null;
        double bestDistance = tolerance;
        for (ConnectionArrow a : layout.connections()) {
            if (!a.bounds().inset(-tolerance - ConnectionArrow.HEAD_LENGTH).contains(x, y)
                    && (a.labelBox() == null || !a.labelBox().contains(x, y))) {
                continue;
            }
            double d = distance(a, x, y);
            if (d <= bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The distance from (x, y) to the arrow's line, head or label box (0 inside them). */
    static double distance(ConnectionArrow a, double x, double y) {
        Rect label = a.labelBox();
        if (label != null && label.contains(x, y)) {
            return 0;
        }
        double d = Double.MAX_VALUE;
        for (CubicSegment s : a.path()) {
            d = Math.min(d, toCubic(s, x, y));
        }
        return Math.min(d, toShape(a.head(), x, y));
    }

    /**
     * The end of the arrow a press at (x, y) grabs, or null for the middle: the head within {@code reach}
     * of its base or tip, the tail within {@code reach} of where the line leaves its card.
     */
    static End endNear(ConnectionArrow a, double x, double y, double reach) {
        CubicSegment last = a.path().getLast();
        CubicSegment first = a.path().getFirst();
        double toHead = Math.min(Math.hypot(x - last.x1(), y - last.y1()), toShape(a.head(), x, y));
        double toTail = Math.hypot(x - first.x0(), y - first.y0());
        if (toHead <= reach && toHead <= toTail) {
            return End.TO;
        }
        return toTail <= reach ? End.FROM : null;
    }

    private static double toCubic(CubicSegment s, double x, double y) {
        double d = Double.MAX_VALUE;
        double px = s.x0();
        double py = s.y0();
        for (int i = 1; i <= STEPS; i++) {
            double t = (double) i / STEPS;
            double u = 1 - t;
            double qx = u * u * u * s.x0() + 3 * u * u * t * s.c1x() + 3 * u * t * t * s.c2x() + t * t * t * s.x1();
            double qy = u * u * u * s.y0() + 3 * u * u * t * s.c1y() + 3 * u * t * t * s.c2y() + t * t * t * s.y1();
            d = Math.min(d, toLine(px, py, qx, qy, x, y));
            px = qx;
            py = qy;
        }
        return d;
    }

    /** Distance to the outline of a shape of straight pieces (an arrowhead); curves are taken as chords. */
    private static double toShape(PathShape shape, double x, double y) {
        double d = Double.MAX_VALUE;
        double sx = 0;
        double sy = 0;
        double px = 0;
        double py = 0;
        for (PathShape.Segment seg : shape.segments()) {
            switch (seg) {
                case PathShape.MoveTo m -> {
                    sx = px = m.x();
                    sy = py = m.y();
                }
                case PathShape.LineTo l -> {
                    d = Math.min(d, toLine(px, py, l.x(), l.y(), x, y));
                    px = l.x();
                    py = l.y();
                }
                case PathShape.CubicTo c -> {
                    d = Math.min(d, toLine(px, py, c.x(), c.y(), x, y));
                    px = c.x();
                    py = c.y();
                }
                case PathShape.Close ignored -> {
                    d = Math.min(d, toLine(px, py, sx, sy, x, y));
                    px = sx;
                    py = sy;
                }
            }
        }
        return d;
    }

    private static double toLine(double ax, double ay, double bx, double by, double x, double y) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
        return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
    }
}
