package fi.polku.ui.canvas;

import javafx.animation.AnimationTimer;

/**
 * Scrolls the view while a drag holds the pointer near its edge, so cards can be dragged (and a rubber
 * band stretched) to parts of a big map that are not yet on screen.
 */
final class EdgeScroller {
    /** Width of the edge band, in screen pixels, that starts scrolling. */
    private static final double EDGE = 28;
    /** Fastest scroll, in screen pixels per frame, with the pointer at or beyond the edge. */
    private static final double MAX_STEP = 18;

    /** Redoes the drag feedback for the pointer's view position after a scroll. */
    interface DragUpdate {
        void dragTo(double screenX, double screenY);
    }

    private final JourneyCanvas canvas;
    private final DragUpdate update;
    private double x;
    private double y;
    private boolean running;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step();
        }
    };

    EdgeScroller(JourneyCanvas canvas, DragUpdate update) {
        this.canvas = canvas;
        this.update = update;
    }

    /** The pointer moved during a drag: scroll while it stays near an edge. */
    void follow(double screenX, double screenY) {
        x = screenX;
        y = screenY;
        if (!running && (speed(x, canvas.viewport().viewWidth()) != 0
                || speed(y, canvas.viewport().viewHeight()) != 0)) {
            running = true;
            timer.start();
        }
    }

    void stop() {
        running = false;
        timer.stop();
    }

    private void step() {
        double dx = speed(x, canvas.viewport().viewWidth());
        double dy = speed(y, canvas.viewport().viewHeight());
        if (dx == 0 && dy == 0) {
            stop();
            return;
        }
        canvas.panBy(dx, dy);
        update.dragTo(x, y);
    }

    /** Negative near the start edge, positive near the end edge, zero in between. */
    static double speed(double pos, double size) {
        if (size <= 2 * EDGE) {
            return 0;
        }
        if (pos < EDGE) {
            return -MAX_STEP * Math.min(1, (EDGE - pos) / EDGE);
        }
        if (pos > size - EDGE) {
            return MAX_STEP * Math.min(1, (pos - (size - EDGE)) / EDGE);
        }
        return 0;
    }
}
