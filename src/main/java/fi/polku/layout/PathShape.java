package fi.polku.layout;

import java.util.ArrayList;
import java.util.List;

/** An outline of straight and cubic Bézier segments, drawn by every painter backend the same way. */
public record PathShape(List<Segment> segments) {
    public PathShape {
        segments = List.copyOf(segments);
    }

    /** One step of a path. */
    public sealed interface Segment permits MoveTo, LineTo, CubicTo, Close {}

    /** Starts a new sub-path at a point. */
    public record MoveTo(double x, double y) implements Segment {}

    /** A straight line to a point. */
    public record LineTo(double x, double y) implements Segment {}

    /** A cubic Bézier curve through two control points to an end point. */
    public record CubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) implements Segment {}

    /** Closes the current sub-path back to its start. */
    public record Close() implements Segment {}

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The pieces of a chain of curves whose boxes reach into {@code area}, as one path, or null when none
     * does. After a left-out run the next piece starts a new sub-path where it really starts, so nothing is
     * bridged. A long line of a big map mostly runs off screen, and the rasteriser costs by the length
     * stroked, not by what it shows.
     */
    public static PathShape piecesWithin(List<CubicSegment> pieces, Rect area) {
        Builder b = null;
        boolean joined = false;
        for (CubicSegment s : pieces) {
            if (!s.bounds().intersects(area)) {
                joined = false;
                continue;
            }
            if (b == null) {
                b = builder();
            }
            if (!joined) {
                b.moveTo(s.x0(), s.y0());
                joined = true;
            }
            b.cubicTo(s.c1x(), s.c1y(), s.c2x(), s.c2y(), s.x1(), s.y1());
        }
        return b == null ? null : b.build();
    }

    /** A closed polygon through the given x,y pairs. */
    public static PathShape polygon(double... xy) {
        Builder b = builder().moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            b.lineTo(xy[i], xy[i + 1]);
        }
        return b.close().build();
    }

    /** A circle made of four cubic arcs (exact enough for drawing, and every backend can draw it). */
    public static PathShape circle(double cx, double cy, double r) {
        double k = 0.5523 * r;
        return builder().moveTo(cx + r, cy)
                .cubicTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r)
                .cubicTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy)
                .cubicTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r)
                .cubicTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy)
                .close().build();
    }

    /** The left half of a circle, closed along its vertical diameter. */
    public static PathShape leftHalfCircle(double cx, double cy, double r) {
        double k = 0.5523 * r;
        return builder().moveTo(cx, cy + r)
                .cubicTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy)
                .cubicTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r)
                .close().build();
    }

    /** A rectangle with quarter-round corners of {@code r} (at most half its shorter side). */
    public static PathShape roundRect(double x, double y, double w, double h, double r) {
        r = Math.max(0, Math.min(r, Math.min(w, h) / 2));
        double k = 0.5523 * r;
        double x1 = x + w;
        double y1 = y + h;
        return builder().moveTo(x + r, y)
                .lineTo(x1 - r, y).cubicTo(x1 - r + k, y, x1, y + r - k, x1, y + r)
                .lineTo(x1, y1 - r).cubicTo(x1, y1 - r + k, x1 - r + k, y1, x1 - r, y1)
                .lineTo(x + r, y1).cubicTo(x + r - k, y1, x, y1 - r + k, x, y1 - r)
                .lineTo(x, y + r).cubicTo(x, y + r - k, x + r - k, y, x + r, y)
                .close().build();
    }

    /** A five-pointed star centred on a point, for importance ratings. */
    public static PathShape star(double cx, double cy, double outer) {
        return polygon(starPoints(cx, cy, outer));
    }

    /**
     * The part of {@link #star} left of {@code maxX}, as a polygon of its own: a partly filled rating
     * needs no clip (which on a canvas costs a blend of the whole canvas).
     */
    public static PathShape starLeftOf(double cx, double cy, double outer, double maxX) {
        double[] in = starPoints(cx, cy, outer);
        // Sutherland–Hodgman against the half-plane x <= maxX; the star is not convex, but one
        // half-plane clip of any simple polygon is still the right outline (possibly touching itself).
        List<Double> out = new ArrayList<>();
        int n = in.length / 2;
        for (int i = 0; i < n; i++) {
            double ax = in[2 * i];
            double ay = in[2 * i + 1];
            double bx = in[2 * ((i + 1) % n)];
            double by = in[2 * ((i + 1) % n) + 1];
            boolean aIn = ax <= maxX;
            boolean bIn = bx <= maxX;
            if (aIn) {
                add(out, ax, ay);
            }
            if (aIn != bIn) {
                add(out, maxX, ay + (by - ay) * (maxX - ax) / (bx - ax));
            }
        }
        if (out.size() >= 4 && out.get(0).equals(out.get(out.size() - 2)) && out.get(1).equals(out.getLast())) {
            out.removeLast();
            out.removeLast();
        }
        if (out.size() < 6) {
            return null;
        }
        double[] xy = new double[out.size()];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = out.get(i);
        }
        return polygon(xy);
    }

    /** Appends a point unless it repeats the last one (a vertex lying on the clipping line). */
    private static void add(List<Double> xy, double x, double y) {
        if (xy.size() >= 2 && xy.get(xy.size() - 2) == x && xy.getLast() == y) {
            return;
        }
        xy.add(x);
        xy.add(y);
    }

    private static double[] starPoints(double cx, double cy, double outer) {
        double inner = outer * 0.45;
        double[] xy = new double[20];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            xy[2 * i] = cx + r * Math.cos(a);
            xy[2 * i + 1] = cy + r * Math.sin(a) + outer * 0.1;
        }
        return xy;
    }

    /** Collects segments of a path. */
    public static final class Builder {
        private final List<Segment> segments = new ArrayList<>();

        public Builder moveTo(double x, double y) {
            segments.add(new MoveTo(x, y));
            return this;
        }

        public Builder lineTo(double x, double y) {
            segments.add(new LineTo(x, y));
            return this;
        }

        public Builder cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
            segments.add(new CubicTo(c1x, c1y, c2x, c2y, x, y));
            return this;
        }

        public Builder close() {
            segments.add(new Close());
            return this;
        }

        public PathShape build() {
            return new PathShape(segments);
        }
    }
}
