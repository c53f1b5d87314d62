package fi.polku.layout;

import java.util.ArrayList;
import java.util.List;

/** Turns an orthogonal polyline into cubic pieces: straight runs joined by quarter-round corners. */
final class RoundedPolyline {
    private RoundedPolyline() {
    }

    /**
     * The pieces through {@code xy} (x,y pairs). Each corner is rounded with at most {@code radius}, and
     * never more than half of either run it joins, so short jogs stay sharp enough to read.
     */
    static List<CubicSegment> of(double[] xy, double radius) {
        List<CubicSegment> out = new ArrayList<>();
        int n = xy.length / 2;
        double cx = xy[0];
        double cy = xy[1];
        for (int i = 1; i < n; i++) {
            double px = xy[2 * i];
            double py = xy[2 * i + 1];
            if (i == n - 1) {
                out.add(straight(cx, cy, px, py));
                break;
            }
            double nx = xy[2 * i + 2];
            double ny = xy[2 * i + 3];
            double in = Math.hypot(px - cx, py - cy);
            double outLen = Math.hypot(nx - px, ny - py);
            double r = Math.min(radius, Math.min(in, outLen) / 2);
            if (in < 1e-9 || outLen < 1e-9 || r < 0.5) {
                out.add(straight(cx, cy, px, py));
                cx = px;
                cy = py;
                continue;
            }
            double ax = px - (px - cx) / in * r;
            double ay = py - (py - cy) / in * r;
            double bx = px + (nx - px) / outLen * r;
            double by = py + (ny - py) / outLen * r;
            out.add(straight(cx, cy, ax, ay));
            // 0.5523 of the radius along each tangent approximates a quarter circle.
            double k = 0.5523;
            out.add(new CubicSegment(ax, ay, ax + (px - ax) * k, ay + (py - ay) * k,
                    bx + (px - bx) * k, by + (py - by) * k, bx, by));
            cx = bx;
            cy = by;
        }
        return out;
    }

    static CubicSegment straight(double x0, double y0, double x1, double y1) {
        return new CubicSegment(x0, y0, x0 + (x1 - x0) / 3, y0 + (y1 - y0) / 3,
                x0 + 2 * (x1 - x0) / 3, y0 + 2 * (y1 - y0) / 3, x1, y1);
    }
}
