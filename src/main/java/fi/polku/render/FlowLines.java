package fi.polku.render;

import fi.polku.layout.ConnectionArrow;
import fi.polku.layout.CubicSegment;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;

import java.util.List;

/**
 * A far-zoom stand-in for the connection lines: each straight horizontal or vertical run is filled as a
 * rectangle the width of the line, and each rounded corner smaller than a couple of screen pixels as the
 * two runs meeting at its corner point. A canvas fills such rectangles without its path rasteriser, many
 * times faster than it strokes hundreds of long lines, and a sub-pixel line looks the same either way.
 */
final class FlowLines {
    /** Corners whose box is smaller than this on screen (pixels) are drawn sharp. */
    private static final double SHARP_CORNER_PX = 2;

    private FlowLines() {
    }

    /**
     * Adds to {@code rects} the runs of the pieces of {@code arrow} whose boxes reach into {@code near},
     * and to {@code rest} (as straight lines or cubic pieces, to stroke) what is neither horizontal nor
     * vertical.
     */
    static void add(ConnectionArrow arrow, Rect near, double scale, double lineWidth, List<Rect> rects,
                    List<PathShape> rest) {
        for (CubicSegment s : arrow.path()) {
            if (!s.bounds().intersects(near)) {
                continue;
            }
            if (straight(s)) {
                leg(s.x0(), s.y0(), s.x1(), s.y1(), lineWidth, rects, rest);
                continue;
            }
            Rect box = s.bounds();
            boolean small = Math.max(box.w(), box.h()) * scale < SHARP_CORNER_PX;
            boolean startsFlat = Math.abs(s.c1y() - s.y0()) < 1e-9;
            boolean startsUpright = Math.abs(s.c1x() - s.x0()) < 1e-9;
            if (small && (startsFlat || startsUpright)) {
                // The corner point: where the run in meets the run out.
                double kx = startsFlat ? s.x1() : s.x0();
                double ky = startsFlat ? s.y0() : s.y1();
                leg(s.x0(), s.y0(), kx, ky, lineWidth, rects, rest);
                leg(kx, ky, s.x1(), s.y1(), lineWidth, rects, rest);
            } else {
                rest.add(PathShape.builder().moveTo(s.x0(), s.y0())
                        .cubicTo(s.c1x(), s.c1y(), s.c2x(), s.c2y(), s.x1(), s.y1()).build());
            }
        }
    }

    /** True when the control points lie on the chord, so the piece is a straight line. */
    private static boolean straight(CubicSegment s) {
        return onChord(s, s.c1x(), s.c1y()) && onChord(s, s.c2x(), s.c2y());
    }

    private static boolean onChord(CubicSegment s, double x, double y) {
        double dx = s.x1() - s.x0();
        double dy = s.y1() - s.y0();
        double cross = (x - s.x0()) * dy - (y - s.y0()) * dx;
        return Math.abs(cross) <= 1e-6 * Math.max(1, dx * dx + dy * dy);
    }

    private static void leg(double x0, double y0, double x1, double y1, double lineWidth, List<Rect> rects,
                            List<PathShape> rest) {
        double half = lineWidth / 2;
        if (x0 == x1 && y0 == y1) {
            return;
        }
        if (y0 == y1) {
            // Half a width past each end, as the stroke's round caps reach.
            rects.add(new Rect(Math.min(x0, x1) - half, y0 - half, Math.abs(x1 - x0) + lineWidth, lineWidth));
        } else if (x0 == x1) {
            rects.add(new Rect(x0 - half, Math.min(y0, y1) - half, lineWidth, Math.abs(y1 - y0) + lineWidth));
        } else {
            rest.add(PathShape.builder().moveTo(x0, y0).lineTo(x1, y1).build());
        }
    }
}
