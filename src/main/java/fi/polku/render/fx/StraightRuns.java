package fi.polku.render.fx;

import fi.polku.layout.PathShape;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Strokes thin lines as their horizontal and vertical straight pieces, filled as rectangles, and the rest
 * (bends and slanted pieces), traced into the canvas's current path for the caller to stroke. The flow
 * lines between touchpoints are mostly such runs, and a canvas fills a rectangle many times faster than it
 * strokes a line across the screen.
 *
 * <p>The rectangles paint what the stroke would: a canvas fills a rectangle with whole pixels, so each
 * pixel row or column across a run is filled on its own with the ink times the share of it the line
 * covers, as antialiasing does; and runs on the same screen line are joined first, because one stroke
 * inks a pixel once however many of its lines cross it, where separate translucent fills would add up.
 */
final class StraightRuns {
    private static final Affine IDENTITY = new Affine();

    /** A run in screen pixels: its centre line across, and its extent along. */
    private record Run(boolean horizontal, double centre, double from, double to) {
    }

    private final List<Run> runs = new ArrayList<>();
    private final Affine transform;
    private final double halfWidth;
    /** The last run of the path being added, kept until it is known whether its end is free or joined. */
    private boolean pending;
    private boolean pendingHorizontal;
    private double pendingCentre;
    private double pendingStart;
    private double pendingEnd;

    /** Runs of lines {@code width} wide (map pixels) under the canvas's current transform. */
    StraightRuns(GraphicsContext gc, double width) {
        this.transform = gc.getTransform();
        // The transform is a translation and a uniform scale (see FxPainter.pushTransform).
        this.halfWidth = width * transform.getMxx() / 2;
    }

    /** True for a path without a closed outline, the kind {@link #add} takes (flow lines are never closed). */
    static boolean isOpen(PathShape path) {
        return path.segments().stream().noneMatch(PathShape.Close.class::isInstance);
    }

    /** Keeps the runs of the open {@code path} and traces everything else into the canvas's current path. */
    void add(GraphicsContext gc, PathShape path) {
        double x = 0;
        double y = 0;
        // Whether the canvas's current path ends at (x, y), so that the next bend continues it.
        boolean traced = false;
        // Whether (x, y) starts a line, so that a run from it needs the line's cap.
        boolean free = true;
        for (PathShape.Segment s : path.segments()) {
            switch (s) {
                case PathShape.MoveTo m -> {
                    endPending(true);
                    x = m.x();
                    y = m.y();
                    traced = false;
                    free = true;
                }
                case PathShape.LineTo l -> {
                    endPending(false);
                    traced = keepRun(x, y, l.x(), l.y(), free) ? false : continueAt(gc, traced, x, y);
                    if (traced) {
                        gc.lineTo(l.x(), l.y());
                    }
                    x = l.x();
                    y = l.y();
                    free = false;
                }
                case PathShape.CubicTo c -> {
                    endPending(false);
                    boolean run = onAxis(x, y, c.c1x(), c.c1y(), c.x(), c.y())
                            && onAxis(x, y, c.c2x(), c.c2y(), c.x(), c.y()) && keepRun(x, y, c.x(), c.y(), free);
                    traced = run ? false : continueAt(gc, traced, x, y);
                    if (traced) {
                        gc.bezierCurveTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.x(), c.y());
                    }
                    x = c.x();
                    y = c.y();
                    free = false;
                }
                case PathShape.Close ignored -> throw new IllegalArgumentException("a closed path: " + path);
            }
        }
        endPending(true);
    }

    /** Fills the kept runs in {@code ink}. */
    void fill(GraphicsContext gc, Color ink) {
        runs.sort(Comparator.comparing(Run::horizontal).thenComparingDouble(Run::centre)
                .thenComparingDouble(Run::from));
        gc.save();
        gc.setTransform(IDENTITY);
        Run open = null;
        for (Run r : runs) {
            if (open != null && open.horizontal() == r.horizontal() && open.centre() == r.centre()
                    && r.from() <= open.to()) {
                open = new Run(open.horizontal(), open.centre(), open.from(), Math.max(open.to(), r.to()));
                continue;
            }
            if (open != null) {
                fill(gc, open, ink);
            }
            open = r;
        }
        if (open != null) {
            fill(gc, open, ink);
        }
        gc.restore();
    }

    private void fill(GraphicsContext gc, Run r, Color ink) {
        for (double edge = Math.floor(r.centre() - halfWidth); edge < r.centre() + halfWidth; edge++) {
            double share = Math.min(edge + 1, r.centre() + halfWidth) - Math.max(edge, r.centre() - halfWidth);
            gc.setFill(Color.color(ink.getRed(), ink.getGreen(), ink.getBlue(), ink.getOpacity() * share));
            if (r.horizontal()) {
                gc.fillRect(r.from(), edge, r.to() - r.from(), 1);
            } else {
                gc.fillRect(edge, r.from(), 1, r.to() - r.from());
            }
        }
    }

    private static boolean continueAt(GraphicsContext gc, boolean traced, double x, double y) {
        if (!traced) {
            gc.moveTo(x, y);
        }
        return true;
    }

    /** True when the control point lies on the horizontal or vertical line from (x0, y0) to (x1, y1). */
    private static boolean onAxis(double x0, double y0, double cx, double cy, double x1, double y1) {
        return (y0 == y1 && cy == y0 && Math.min(x0, x1) <= cx && cx <= Math.max(x0, x1))
                || (x0 == x1 && cx == x0 && Math.min(y0, y1) <= cy && cy <= Math.max(y0, y1));
    }

    /**
     * Keeps the piece from (x0, y0) to (x1, y1) if it is horizontal or vertical; false for any other piece.
     * {@code startsLine} says whether its start is a free end of the line.
     */
    private boolean keepRun(double x0, double y0, double x1, double y1, boolean startsLine) {
        boolean horizontal = y0 == y1 && x0 != x1;
        if (!horizontal && !(x0 == x1 && y0 != y1)) {
            return false;
        }
        double s = transform.getMxx();
        double along = horizontal ? transform.getTx() : transform.getTy();
        pendingStart = (horizontal ? x0 : y0) * s + along;
        pendingEnd = (horizontal ? x1 : y1) * s + along;
        pendingCentre = horizontal ? y0 * s + transform.getTy() : x0 * s + transform.getTx();
        pendingHorizontal = horizontal;
        pending = true;
        if (startsLine) {
            pendingStart -= Math.signum(pendingEnd - pendingStart) * capLength();
        }
        return true;
    }

    /**
     * Adds the pending run; a free end reaches on by as much as the stroke's round cap inks (a half disc
     * of the line's width), a joined end stops where the bend's stroke begins.
     */
    private void endPending(boolean freeEnd) {
        if (!pending) {
            return;
        }
        pending = false;
        if (freeEnd) {
            pendingEnd += Math.signum(pendingEnd - pendingStart) * capLength();
        }
        runs.add(new Run(pendingHorizontal, pendingCentre, Math.min(pendingStart, pendingEnd),
                Math.max(pendingStart, pendingEnd)));
    }

    private double capLength() {
        return Math.PI / 4 * halfWidth;
    }
}
