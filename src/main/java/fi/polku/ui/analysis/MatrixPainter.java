package fi.polku.ui.analysis;

import fi.polku.metrics.MetricResult;
import fi.polku.metrics.Quadrant;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.ui.Messages;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Paints the importance-performance matrix and remembers where each point went, for hovering and clicks. */
final class MatrixPainter {
    private static final double LEFT = 64;
    private static final double RIGHT = 20;
    private static final double TOP = 16;
    private static final double BOTTOM = 48;
    private static final double IMPORTANCE_MIN = 0.75;
    private static final double IMPORTANCE_MAX = 5.25;
    private static final double PERFORMANCE_MIN = -4;
    private static final double PERFORMANCE_MAX = 104;
    private static final double RADIUS = 6;
    /** Above this many points titles would cover each other; the tooltip names them instead. */
    private static final int MAX_LABELLED = 40;
    private static final int LABEL_CHARS = 26;
    /** Up to this many points, overlapping ones are moved sideways a little (quadratic work). */
    private static final int MAX_DODGED = 1000;
    /** How far sideways a point may move, in radii: small enough to stay by its importance tick. */
    private static final int MAX_DODGE_STEPS = 6;
    private static final Font TICK = Font.font("System", 11);
    private static final Font AXIS = Font.font("System", 12);
    private static final Font QUADRANT = Font.font("System", FontWeight.BOLD, 13);
    private static final Font LABEL = Font.font("System", 11);
    private static final Color GRID = Color.web("#e3e6ea");
    private static final Color INK = Color.web("#3c4043");
    private static final Color MUTED = Color.web("#6b7178");

    private final List<ImportancePerformanceView.PlottedPoint> points = new ArrayList<>();
    private double plotLeft;
    private double plotTop;
    private double plotWidth;
    private double plotHeight;

    List<ImportancePerformanceView.PlottedPoint> points() {
        return points;
    }

    static Color color(Quadrant q) {
        return switch (q) {
            case CONCENTRATE_HERE -> Color.web("#c62828");
            case KEEP_UP_THE_GOOD_WORK -> Color.web("#2e7d32");
            case LOW_PRIORITY -> Color.web("#607d8b");
            case POSSIBLE_OVERKILL -> Color.web("#ef8f00");
        };
    }

    private static Color tint(Quadrant q) {
        return switch (q) {
            case CONCENTRATE_HERE -> Color.web("#fdeeee");
            case KEEP_UP_THE_GOOD_WORK -> Color.web("#edf7ee");
            case LOW_PRIORITY -> Color.web("#f4f6f7");
            case POSSIBLE_OVERKILL -> Color.web("#fff6e5");
        };
    }

    /** The point under the mouse, the nearest within a few pixels of its edge, or null. */
    ImportancePerformanceView.PlottedPoint pointAt(double x, double y) {
        ImportancePerformanceView.PlottedPoint best = null;
        double bestDistance = (RADIUS + 4) * (RADIUS + 4);
        for (ImportancePerformanceView.PlottedPoint p : points) {
            double d = (p.x() - x) * (p.x() - x) + (p.y() - y) * (p.y() - y);
            if (d <= bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        return best;
    }

    void paint(GraphicsContext g, TouchpointAnalysis analysis, ImportancePerformanceView.PlottedPoint hovered,
               String selected) {
        double w = g.getCanvas().getWidth();
        double h = g.getCanvas().getHeight();
        plotLeft = LEFT;
        plotTop = TOP;
        plotWidth = Math.max(10, w - LEFT - RIGHT);
        plotHeight = Math.max(10, h - TOP - BOTTOM);
        points.clear();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (analysis == null) {
            return;
        }
        double cx = x(analysis.position().importance());
        double cy = y(analysis.position().performance());
        paintQuadrants(g, cx, cy);
        paintGrid(g);
        paintCrosshair(g, cx, cy);
        for (TouchpointRow r : analysis.rows()) {
            if (r.quadrant() != null) {
                points.add(new ImportancePerformanceView.PlottedPoint(r, x(r.importance()), y(r.performance())));
            }
        }
        if (points.size() <= MAX_DODGED) {
            dodge();
        }
        // Larger samples last, so that a solid point is not hidden under a hollow one.
        List<ImportancePerformanceView.PlottedPoint> order = new ArrayList<>(points);
        order.sort(Comparator.comparing(p -> !small(p.row())));
        for (ImportancePerformanceView.PlottedPoint p : order) {
            paintPoint(g, p, p == hovered, p.touchpointId().equals(selected));
        }
        if (points.size() <= MAX_LABELLED) {
            paintLabels(g, hovered);
        }
    }

    /**
     * Moves points that would cover each other sideways, alternately right and left, as in a beeswarm
     * plot: importances are mostly whole numbers, and 200 points would otherwise stack into five columns
     * of hidden dots. The tooltip still gives the exact numbers.
     */
    private void dodge() {
        List<ImportancePerformanceView.PlottedPoint> placed = new ArrayList<>();
        double step = RADIUS * 1.4;
        for (int i = 0; i < points.size(); i++) {
            ImportancePerformanceView.PlottedPoint p = points.get(i);
            ImportancePerformanceView.PlottedPoint best = p;
            for (int k = 0; k <= 2 * MAX_DODGE_STEPS; k++) {
                double offset = (k + 1) / 2 * step * (k % 2 == 1 ? 1 : -1);
                ImportancePerformanceView.PlottedPoint moved = new ImportancePerformanceView.PlottedPoint(p.row(),
                        p.x() + offset, p.y());
                if (free(moved, placed)) {
                    best = moved;
                    break;
                }
            }
            placed.add(best);
            points.set(i, best);
        }
    }

    private static boolean free(ImportancePerformanceView.PlottedPoint p,
                                List<ImportancePerformanceView.PlottedPoint> placed) {
        double min = 2 * RADIUS - 1;
        for (ImportancePerformanceView.PlottedPoint q : placed) {
            double dx = p.x() - q.x();
            double dy = p.y() - q.y();
            if (dx * dx + dy * dy < min * min) {
                return false;
            }
        }
        return true;
    }

    private double x(double importance) {
        return plotLeft + (importance - IMPORTANCE_MIN) / (IMPORTANCE_MAX - IMPORTANCE_MIN) * plotWidth;
    }

    private double y(double performance) {
        return plotTop + (PERFORMANCE_MAX - performance) / (PERFORMANCE_MAX - PERFORMANCE_MIN) * plotHeight;
    }

    private void paintQuadrants(GraphicsContext g, double cx, double cy) {
        double right = plotLeft + plotWidth;
        double bottom = plotTop + plotHeight;
        fill(g, Quadrant.POSSIBLE_OVERKILL, plotLeft, plotTop, cx - plotLeft, cy - plotTop);
        fill(g, Quadrant.KEEP_UP_THE_GOOD_WORK, cx, plotTop, right - cx, cy - plotTop);
        fill(g, Quadrant.LOW_PRIORITY, plotLeft, cy, cx - plotLeft, bottom - cy);
        fill(g, Quadrant.CONCENTRATE_HERE, cx, cy, right - cx, bottom - cy);
        g.setFont(QUADRANT);
        g.setTextBaseline(VPos.TOP);
        quadrantLabel(g, Quadrant.POSSIBLE_OVERKILL, plotLeft + 10, plotTop + 8, TextAlignment.LEFT);
        quadrantLabel(g, Quadrant.KEEP_UP_THE_GOOD_WORK, right - 10, plotTop + 8, TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        quadrantLabel(g, Quadrant.LOW_PRIORITY, plotLeft + 10, bottom - 8, TextAlignment.LEFT);
        quadrantLabel(g, Quadrant.CONCENTRATE_HERE, right - 10, bottom - 8, TextAlignment.RIGHT);
    }

    private static void fill(GraphicsContext g, Quadrant q, double x, double y, double w, double h) {
        g.setFill(tint(q));
        g.fillRect(x, y, Math.max(0, w), Math.max(0, h));
    }

    private static void quadrantLabel(GraphicsContext g, Quadrant q, double x, double y, TextAlignment align) {
        g.setFill(color(q).deriveColor(0, 1, 0.85, 0.75));
        g.setTextAlign(align);
        g.fillText(AnalysisText.of(q), x, y);
    }

    private void paintGrid(GraphicsContext g) {
        double right = plotLeft + plotWidth;
        double bottom = plotTop + plotHeight;
        g.setLineWidth(1);
        g.setFont(TICK);
        g.setFill(MUTED);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int p = 0; p <= 100; p += 25) {
            double y = Math.round(y(p)) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(plotLeft, y, right, y);
            g.fillText(Integer.toString(p), plotLeft - 8, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 1; i <= 5; i++) {
            double x = Math.round(x(i)) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(x, plotTop, x, bottom);
            g.fillText(Integer.toString(i), x, bottom + 6);
        }
        g.setStroke(Color.web("#c4c9cf"));
        g.strokeRect(plotLeft + 0.5, plotTop + 0.5, plotWidth - 1, plotHeight - 1);
        g.setFont(AXIS);
        g.setFill(INK);
        g.fillText(AnalysisText.text("matrix.axis.importance"), plotLeft + plotWidth / 2, bottom + 24);
        g.save();
        g.translate(18, plotTop + plotHeight / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(AnalysisText.text("matrix.axis.performance"), 0, 0);
        g.restore();
    }

    private void paintCrosshair(GraphicsContext g, double cx, double cy) {
        g.setStroke(Color.web("#5f6368"));
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokeLine(cx, plotTop, cx, plotTop + plotHeight);
        g.strokeLine(plotLeft, cy, plotLeft + plotWidth, cy);
        g.setLineDashes();
    }

    private static boolean small(TouchpointRow r) {
        Integer n = r.measurement().n();
        return n != null && n < MetricResult.SMALL_SAMPLE;
    }

    private static void paintPoint(GraphicsContext g, ImportancePerformanceView.PlottedPoint p, boolean hovered,
                                   boolean selected) {
        Color c = color(p.row().quadrant());
        double r = hovered ? RADIUS + 2 : RADIUS;
        if (selected) {
            g.setStroke(Color.web("#1a73e8"));
            g.setLineWidth(3);
            g.strokeOval(p.x() - r - 4, p.y() - r - 4, 2 * (r + 4), 2 * (r + 4));
        }
        if (small(p.row())) {
            g.setFill(Color.WHITE);
            g.fillOval(p.x() - r, p.y() - r, 2 * r, 2 * r);
            g.setStroke(c);
            g.setLineWidth(2);
            g.strokeOval(p.x() - r + 1, p.y() - r + 1, 2 * r - 2, 2 * r - 2);
        } else {
            g.setFill(c.deriveColor(0, 1, 1, 0.85));
            g.fillOval(p.x() - r, p.y() - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeOval(p.x() - r, p.y() - r, 2 * r, 2 * r);
        }
    }

    /** Titles beside the points, right of them or else left, skipping any that would overlap. */
    private void paintLabels(GraphicsContext g, ImportancePerformanceView.PlottedPoint hovered) {
        g.setFont(LABEL);
        g.setTextBaseline(VPos.CENTER);
        List<Bounds> taken = new ArrayList<>();
        for (ImportancePerformanceView.PlottedPoint p : points) {
            taken.add(new BoundingBox(p.x() - RADIUS, p.y() - RADIUS, 2 * RADIUS, 2 * RADIUS));
        }
        Text measure = new Text();
        measure.setFont(LABEL);
        for (ImportancePerformanceView.PlottedPoint p : points) {
            String title = shorten(p.row().touchpoint().title());
            measure.setText(title);
            double w = measure.getLayoutBounds().getWidth();
            double h = measure.getLayoutBounds().getHeight();
            Bounds rightOf = new BoundingBox(p.x() + RADIUS + 4, p.y() - h / 2, w, h);
            Bounds leftOf = new BoundingBox(p.x() - RADIUS - 4 - w, p.y() - h / 2, w, h);
            Bounds place = fits(rightOf, taken, p) ? rightOf : fits(leftOf, taken, p) ? leftOf : null;
            if (place == null) {
                continue;
            }
            taken.add(place);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(Color.rgb(255, 255, 255, 0.7));
            g.fillRoundRect(place.getMinX() - 2, place.getMinY(), w + 4, h, 4, 4);
            g.setFill(p == hovered ? Color.BLACK : INK);
            g.fillText(title, place.getMinX(), p.y());
        }
    }

    private boolean fits(Bounds b, List<Bounds> taken, ImportancePerformanceView.PlottedPoint own) {
        if (b.getMinX() < plotLeft + 2 || b.getMaxX() > plotLeft + plotWidth - 2 || b.getMinY() < plotTop
                || b.getMaxY() > plotTop + plotHeight) {
            return false;
        }
        for (Bounds t : taken) {
            boolean ownPoint = Math.abs(t.getCenterX() - own.x()) < 0.01 && Math.abs(t.getCenterY() - own.y()) < 0.01;
            if (!ownPoint && t.intersects(b)) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        return t.length() <= LABEL_CHARS ? t : t.substring(0, LABEL_CHARS - 1).strip() + "…";
    }

    /** The tooltip text: title, importance and performance, value with target and n, status and quadrant. */
    static String describe(MetricDefinition metric, TouchpointRow r) {
        Measurement m = r.measurement();
        String target = r.target() == null ? ""
                : AnalysisText.text("matrix.tooltip.target", AnalysisText.value(metric, r.target()) + unit(metric));
        String smallNote = small(r) ? AnalysisText.text("matrix.tooltip.small", MetricResult.SMALL_SAMPLE) : "";
        return AnalysisText.text("matrix.tooltip", r.touchpoint().title(), AnalysisText.number(r.importance()),
                AnalysisText.number(r.performance()), Messages.metricName(metric),
                AnalysisText.value(metric, m.value()) + unit(metric), target, m.n() == null ? "?" : m.n(),
                AnalysisText.of(r.status()), AnalysisText.of(r.quadrant())) + smallNote;
    }

    static String unit(MetricDefinition metric) {
        return Messages.metricUnit(metric).isBlank() ? "" : " " + Messages.metricUnit(metric);
    }
}
