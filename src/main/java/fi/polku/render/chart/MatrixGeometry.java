package fi.polku.render.chart;

import fi.polku.layout.Rect;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.MatrixAnalysis;
import fi.polku.metrics.TouchpointRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the matrix's plot area, its axes' scales and its points lie for a given frame. Importance runs
 * left to right (1–5); performance runs up, either 0–100 or, against targets, a symmetric band around the
 * target line so that the four quadrants get room for their titles. Touchpoints without a target sit in a
 * strip under the plot, at their importance.
 */
final class MatrixGeometry {
    static final double RADIUS = 6;
    static final double IMPORTANCE_MIN = 0.75;
    static final double IMPORTANCE_MAX = 5.25;
    static final double STRIP_HEIGHT = 34;
    static final double STRIP_GAP = 8;
    /** Up to this many points, overlapping ones are moved sideways a little (quadratic work). */
    private static final int MAX_DODGED = 1000;
    /** How far sideways a point may move, in steps: small enough to stay by its importance tick. */
    private static final int MAX_DODGE_STEPS = 6;

    /** A touchpoint's point as drawn; {@code apart} when it sits in the no-target strip. */
    record Placed(TouchpointRow row, double x, double y, boolean apart) {
        String id() {
            return row.touchpoint().id();
        }
    }

    final Rect plot;
    /** The strip of touchpoints without a target, or null when there are none. */
    final Rect strip;
    final double performanceMin;
    final double performanceMax;
    final double tickStep;
    final List<Placed> points = new ArrayList<>();

    MatrixGeometry(MatrixAnalysis analysis, Rect frame) {
        boolean apart = !analysis.withoutTarget().isEmpty();
        double plotHeight = Math.max(20, frame.h() - (apart ? STRIP_HEIGHT + STRIP_GAP : 0));
        plot = new Rect(frame.x(), frame.y(), Math.max(20, frame.w()), plotHeight);
        strip = apart ? new Rect(plot.x(), plot.maxY() + STRIP_GAP, plot.w(), STRIP_HEIGHT) : null;
        if (analysis.crosshair() == Crosshair.TARGET) {
            double reach = 0;
            for (TouchpointRow r : analysis.plotted()) {
                reach = Math.max(reach, Math.abs(r.matrixPerformance()));
            }
            tickStep = step(reach);
            double max = Math.max(2 * tickStep, Math.ceil(reach * 1.12 / tickStep) * tickStep);
            performanceMin = -max;
            performanceMax = max;
        } else {
            tickStep = 25;
            performanceMin = -4;
            performanceMax = 104;
        }
        for (TouchpointRow r : analysis.plotted()) {
            points.add(new Placed(r, x(r.importance()), y(r.matrixPerformance()), false));
        }
        for (TouchpointRow r : analysis.withoutTarget()) {
            points.add(new Placed(r, x(r.importance()), strip.centerY(), true));
        }
        if (points.size() <= MAX_DODGED) {
            dodge();
        }
    }

    /** Ten-point ticks for most maps; five or twenty-five when the points lie very near or far. */
    private static double step(double reach) {
        return reach <= 12 ? 5 : reach <= 45 ? 10 : 25;
    }

    double x(double importance) {
        return plot.x() + (importance - IMPORTANCE_MIN) / (IMPORTANCE_MAX - IMPORTANCE_MIN) * plot.w();
    }

    double y(double performance) {
        return plot.y() + (performanceMax - performance) / (performanceMax - performanceMin) * plot.h();
    }

    /** The performance ticks from the bottom up. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        double first = Math.ceil(performanceMin / tickStep) * tickStep;
        for (double v = first; v <= performanceMax + 1e-9; v += tickStep) {
            ticks.add(v == 0 ? 0 : v); // no "−0"
        }
        return ticks;
    }

    /**
     * Moves points that would cover each other sideways, alternately right and left, as in a beeswarm
     * plot: importances are mostly whole numbers, and 200 points would otherwise stack into five columns
     * of hidden dots. The tooltip still gives the exact numbers.
     */
    private void dodge() {
        List<Placed> placed = new ArrayList<>();
        double step = RADIUS * 1.4;
        for (int i = 0; i < points.size(); i++) {
            Placed p = points.get(i);
            Placed best = p;
            for (int k = 0; k <= 2 * MAX_DODGE_STEPS; k++) {
                double offset = (k + 1) / 2 * step * (k % 2 == 1 ? 1 : -1);
                Placed moved = new Placed(p.row(), p.x() + offset, p.y(), p.apart());
                boolean inside = moved.x() - RADIUS >= plot.x() && moved.x() + RADIUS <= plot.maxX();
                if (inside && free(moved, placed)) {
                    best = moved;
                    break;
                }
            }
            placed.add(best);
            points.set(i, best);
        }
    }

    private static boolean free(Placed p, List<Placed> placed) {
        double min = 2 * RADIUS + 1;
        for (Placed q : placed) {
            double dx = p.x() - q.x();
            double dy = p.y() - q.y();
            if (dx * dx + dy * dy < min * min) {
                return false;
            }
        }
        return true;
    }
}
