package fi.polku.ui.canvas;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The line where a dragged stage or lane header would drop, drawn across the whole view. */
final class HeaderDropLine {
    private HeaderDropLine() {
    }

    /** At map x (a stage) or map y (a lane); NaN draws nothing for that direction. */
    static void paint(GraphicsContext gc, CanvasViewport viewport, double mapX, double mapY, double w, double h) {
        gc.setStroke(Color.web("#1A73E8"));
        gc.setLineWidth(3);
        if (!Double.isNaN(mapX)) {
            double x = viewport.toScreenX(mapX);
            gc.strokeLine(x, 0, x, h);
        }
        if (!Double.isNaN(mapY)) {
            double y = viewport.toScreenY(mapY);
            gc.strokeLine(0, y, w, y);
        }
    }
}
