package fi.polku.render;

import fi.polku.layout.CubicSegment;
import fi.polku.layout.Rect;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A far-zoom stand-in for a dense curve: one bar per screen pixel column spanning the curve's y-range in
 * that column. When a curve has a piece or more per pixel its thin stroke is a zigzag that fills each
 * column from its lowest to its highest point anyway, and a canvas fills plain rectangles many times
 * faster than it rasterises thousands of tiny stroked pieces.
 */
final class CurveColumns {
    private CurveColumns() {
    }

    /**
     * Whether {@code segments} are dense enough at {@code scale} for columns: at least one visible piece
     * for every two pixel columns they span, so that the stroke is a pixel-level zigzag.
     */
    static boolean dense(List<CubicSegment> segments, Rect visible, double scale) {
        int pieces = 0;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        for (CubicSegment s : segments) {
            if (s.bounds().intersects(visible)) {
                pieces++;
                minX = Math.min(minX, Math.min(s.x0(), s.x1()));
                maxX = Math.max(maxX, Math.max(s.x0(), s.x1()));
            }
        }
        return pieces > 0 && pieces * 2 >= (maxX - minX) * scale;
    }

    /**
     * The bars (map coordinates), one per pixel column at {@code scale} screen pixels per map pixel, each
     * from the highest to the lowest point of the visible pieces in that column, grown by half of
     * {@code lineWidth} above and below as the stroke would be.
     */
    static List<Rect> bars(List<CubicSegment> segments, Rect visible, double scale, double lineWidth) {
        TreeMap<Long, double[]> columns = new TreeMap<>();
        for (CubicSegment s : segments) {
            if (s.bounds().intersects(visible)) {
                addPiece(columns, s, scale);
            }
        }
        List<Rect> bars = new ArrayList<>(columns.size());
        double half = lineWidth / 2;
        columns.forEach((col, r) -> bars.add(new Rect(col / scale, r[0] - half, 1 / scale, r[1] - r[0] + 2 * half)));
        return bars;
    }

    private static void addPiece(TreeMap<Long, double[]> columns, CubicSegment s, double scale) {
        // Steps a quarter of a pixel wide at most; where a step crosses a column edge the curve's own y
        // there goes to both columns, and the piece's turning points in y are added, so a bump between
        // two points keeps its height: the curve's range over a column is reached at one of these.
        double hull = Math.max(Math.max(s.x0(), s.x1()), Math.max(s.c1x(), s.c2x()))
                - Math.min(Math.min(s.x0(), s.x1()), Math.min(s.c1x(), s.c2x()));
        int steps = Math.max(1, (int) Math.ceil(hull * scale * 4));
        double pt = 0;
        double px = s.x0();
        add(columns, px, s.y0(), scale);
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps;
            double x = at(t, s.x0(), s.c1x(), s.c2x(), s.x1());
            crossings(columns, s, pt, px, t, x, scale);
            add(columns, x, at(t, s.y0(), s.c1y(), s.c2y(), s.y1()), scale);
            pt = t;
            px = x;
        }
        double a = -s.y0() + 3 * s.c1y() - 3 * s.c2y() + s.y1();
        double b = 2 * (s.y0() - 2 * s.c1y() + s.c2y());
        double c = s.c1y() - s.y0();
        for (double t : roots(a, b, c)) {
            if (t > 0 && t < 1) {
                add(columns, at(t, s.x0(), s.c1x(), s.c2x(), s.x1()), at(t, s.y0(), s.c1y(), s.c2y(), s.y1()), scale);
            }
        }
    }

    /** Adds the curve's y where the step from t0 to t1 crosses a column edge to both columns of the edge. */
    private static void crossings(TreeMap<Long, double[]> columns, CubicSegment s, double t0, double x0, double t1,
                                  double x1, double scale) {
        long c0 = (long) Math.floor(x0 * scale);
        long c1 = (long) Math.floor(x1 * scale);
        for (long edge = Math.min(c0, c1) + 1; edge <= Math.max(c0, c1); edge++) {
            double x = edge / scale;
            // A quarter-pixel step is short enough for x to run one way along it: halve to the edge.
            double lo = t0;
            double hi = t1;
            boolean rising = x1 > x0;
            for (int k = 0; k < 30; k++) {
                double mid = (lo + hi) / 2;
                if ((at(mid, s.x0(), s.c1x(), s.c2x(), s.x1()) < x) == rising) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            double y = at((lo + hi) / 2, s.y0(), s.c1y(), s.c2y(), s.y1());
            range(columns, edge - 1, y);
            range(columns, edge, y);
        }
    }

    private static void add(TreeMap<Long, double[]> columns, double x, double y, double scale) {
        range(columns, (long) Math.floor(x * scale), y);
    }

    private static void range(TreeMap<Long, double[]> columns, long col, double y) {
        double[] r = columns.computeIfAbsent(col, k -> new double[] {y, y});
        r[0] = Math.min(r[0], y);
        r[1] = Math.max(r[1], y);
    }

    /** Roots of a t² + b t + c (none, one or two). */
    private static double[] roots(double a, double b, double c) {
        if (Math.abs(a) < 1e-12) {
            return Math.abs(b) < 1e-12 ? new double[0] : new double[] {-c / b};
        }
        double d = b * b - 4 * a * c;
        if (d < 0) {
            return new double[0];
        }
        double q = Math.sqrt(d);
        return new double[] {(-b - q) / (2 * a), (-b + q) / (2 * a)};
    }

    static double at(double t, double p0, double p1, double p2, double p3) {
        double u = 1 - t;
        return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
    }
}
