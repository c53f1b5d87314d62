package fi.polku.layout;

import java.util.List;

/**
 * A curve cut into dashes as plain path pieces, so that the dashed intended-feeling curve looks the same
 * on screen, in PNG, SVG and PDF, whatever dashes a backend knows.
 */
final class DashedCurve {
    /** Straight pieces per Bézier segment: fine enough for a curve a few hundred pixels wide. */
    private static final int STEPS = 24;

    private DashedCurve() {
    }

    /** Dashes {@code on} long with gaps {@code off} along the segments, as one path of sub-paths; null for none. */
    static PathShape of(List<CubicSegment> segments, double on, double off) {
        PathShape.Builder b = PathShape.builder();
        boolean any = false;
        double phase = 0; // distance into the current on+off period
        for (CubicSegment s : segments) {
            double px = s.x0();
            double py = s.y0();
            for (int i = 1; i <= STEPS; i++) {
                double t = (double) i / STEPS;
                double x = at(t, s.x0(), s.c1x(), s.c2x(), s.x1());
                double y = at(t, s.y0(), s.c1y(), s.c2y(), s.y1());
                double length = Math.hypot(x - px, y - py);
                double done = 0;
                while (done < length) {
                    boolean drawing = phase < on;
                    double left = (drawing ? on : on + off) - phase;
                    double step = Math.min(left, length - done);
                    if (drawing) {
                        double f0 = done / length;
                        double f1 = (done + step) / length;
                        b.moveTo(px + (x - px) * f0, py + (y - py) * f0).lineTo(px + (x - px) * f1, py + (y - py) * f1);
                        any = true;
                    }
                    done += step;
                    phase = (phase + step) % (on + off);
                }
                px = x;
                py = y;
            }
        }
        return any ? b.build() : null;
    }

    /** A straight dashed line from (x0, y) to (x1, y), for the legend. */
    static PathShape line(double x0, double x1, double y, double on, double off) {
        PathShape.Builder b = PathShape.builder();
        for (double x = x0; x < x1; x += on + off) {
            b.moveTo(x, y).lineTo(Math.min(x1, x + on), y);
        }
        return b.build();
    }

    private static double at(double t, double p0, double p1, double p2, double p3) {
        double u = 1 - t;
        return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
    }
}
