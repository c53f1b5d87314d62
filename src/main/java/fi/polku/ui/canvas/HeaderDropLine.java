package fi.polku.ui.canvas;

import fi.polku.render.fx.FxPainter;
import javafx.scene.canvas.GraphicsContext;

/** The line where a dragged stage or lane header would drop, drawn across the whole view. */
final class HeaderDropLine {
    private HeaderDropLine() {
    }

    /** At map x (a stage) or map y (a lane), in the palette's colour; NaN draws nothing for that direction. */
    static void paint(GraphicsContext gc, CanvasViewport viewport, double mapX, double mapY, double w, double h,
                      int argb) {
        gc.setStroke(FxPainter.colourOf(argb));
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
