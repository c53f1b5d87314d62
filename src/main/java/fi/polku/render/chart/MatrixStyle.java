package fi.polku.render.chart;

import fi.polku.layout.PathShape;
import fi.polku.metrics.Quadrant;
import fi.polku.render.Painter;

/**
 * The matrix's colours and point shapes. A quadrant has a colour, and a metric has a shape, so that in the
 * all-metrics matrix a CSAT point is told from an NPS point without reading its label. Triangles are left
 * out: the cards use them for below and above target.
 */
final class MatrixStyle {
    static final int WHITE = 0xFFFFFFFF;
    static final int INK = 0xFF3C4043;
    static final int MUTED = 0xFF6B7178;
    static final int GRID = 0xFFE3E6EA;
    static final int FRAME = 0xFFC4C9CF;
    static final int CROSSHAIR = 0xFF5F6368;
    static final int SELECTED = 0xFF1A73E8;
    static final int APART = 0xFF80868B;
    static final int APART_TINT = 0xFFF1F3F4;
    static final int LABEL_BACKGROUND = 0xCCFFFFFF;

    /** The shapes metrics get in the order they first appear in a chart. */
    enum Shape { CIRCLE, SQUARE, DIAMOND, PLUS, PENTAGON, HEXAGON }

    private MatrixStyle() {
    }

    static int colour(Quadrant q) {
        return switch (q) {
            case CONCENTRATE_HERE -> 0xFFC62828;
            case KEEP_UP_THE_GOOD_WORK -> 0xFF2E7D32;
            case LOW_PRIORITY -> 0xFF607D8B;
            case POSSIBLE_OVERKILL -> 0xFFB26A00;
        };
    }

    static int tint(Quadrant q) {
        return switch (q) {
            case CONCENTRATE_HERE -> 0xFFFDEEEE;
            case KEEP_UP_THE_GOOD_WORK -> 0xFFEDF7EE;
            case LOW_PRIORITY -> 0xFFF4F6F7;
            case POSSIBLE_OVERKILL -> 0xFFFFF6E5;
        };
    }

    /** The colour of a quadrant's title: its point colour, lighter, so that points and labels stand out. */
    static int title(Quadrant q) {
        return (colour(q) & 0x00FFFFFF) | 0xC0000000;
    }

    static Shape shape(int metricIndex) {
        Shape[] all = Shape.values();
        return all[Math.floorMod(metricIndex, all.length)];
    }

    /** The outline of a point of radius {@code r} centred on (cx, cy); all shapes cover about the same area. */
    static PathShape outline(Shape shape, double cx, double cy, double r) {
        return switch (shape) {
            case CIRCLE -> PathShape.circle(cx, cy, r);
            case SQUARE -> {
                double s = r * 0.89;
                yield PathShape.polygon(cx - s, cy - s, cx + s, cy - s, cx + s, cy + s, cx - s, cy + s);
            }
            case DIAMOND -> {
                double s = r * 1.25;
                yield PathShape.polygon(cx, cy - s, cx + s, cy, cx, cy + s, cx - s, cy);
            }
            case HEXAGON -> regular(cx, cy, r * 1.1, 6, 0);
            case PENTAGON -> regular(cx, cy, r * 1.15, 5, -Math.PI / 2);
            case PLUS -> {
                double a = r * 1.15;
                double b = r * 0.42;
                yield PathShape.polygon(cx - b, cy - a, cx + b, cy - a, cx + b, cy - b, cx + a, cy - b, cx + a, cy + b,
                        cx + b, cy + b, cx + b, cy + a, cx - b, cy + a, cx - b, cy + b, cx - a, cy + b, cx - a, cy - b,
                        cx - b, cy - b);
            }
        };
    }

    private static PathShape regular(double cx, double cy, double r, int corners, double start) {
        double[] xy = new double[2 * corners];
        for (int i = 0; i < corners; i++) {
            double angle = start + 2 * Math.PI * i / corners;
            xy[2 * i] = cx + r * Math.cos(angle);
            xy[2 * i + 1] = cy + r * Math.sin(angle);
        }
        return PathShape.polygon(xy);
    }

    /** A point: filled with a white rim, or hollow (white inside, coloured rim) for a small sample. */
    static void point(Painter p, Shape shape, double cx, double cy, double r, int colour, boolean hollow) {
        if (hollow) {
            p.fillPath(outline(shape, cx, cy, r), WHITE);
            p.strokePath(outline(shape, cx, cy, r - 1), colour, 2);
        } else {
            p.fillPath(outline(shape, cx, cy, r), colour);
            p.strokePath(outline(shape, cx, cy, r), WHITE, 1.5);
        }
    }
}
