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

    /** A five-pointed star centred on a point, for importance ratings. */
    public static PathShape star(double cx, double cy, double outer) {
        double inner = outer * 0.45;
        Builder b = builder();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a) + outer * 0.1;
            if (i == 0) {
                b.moveTo(x, y);
            } else {
                b.lineTo(x, y);
            }
        }
        return b.close().build();
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
