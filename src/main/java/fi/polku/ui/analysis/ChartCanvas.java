package fi.polku.ui.analysis;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

import java.util.function.Consumer;

/** A canvas that fills the space its parent gives it and is redrawn whenever that space changes. */
class ChartCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final Consumer<GraphicsContext> painter;

    ChartCanvas(Consumer<GraphicsContext> painter) {
        this.painter = painter;
        getChildren().add(canvas);
        setMinSize(200, 160);
        setPrefSize(720, 480);
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            paint(g);
        } else {
            cleared();
        }
    }

    /** Paints the canvas, which has a size and has just been cleared. */
    protected void paint(GraphicsContext g) {
        painter.accept(g);
    }

    /** Told when the canvas has no size, so there is nothing to paint. */
    protected void cleared() {
    }
}
