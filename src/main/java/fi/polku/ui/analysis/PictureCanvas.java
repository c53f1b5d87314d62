package fi.polku.ui.analysis;

import fi.polku.render.chart.Chart;
import fi.polku.render.fx.FxPainter;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;

import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Shows an analysis chart laid out for the space its parent gives it, painted through the same
 * {@link fi.polku.render.Painter} as every export; clicking a touchpoint drawn in it reports the touchpoint.
 * Below {@link #MIN_HEIGHT} the chart is not squeezed: {@link #scrolling()} scrolls it instead.
 */
final class PictureCanvas extends ChartCanvas {
    /** The least height a chart is laid out for: its title, body and notes keep their legible sizes. */
    static final double MIN_HEIGHT = 400;

    private final BiFunction<Double, Double, Chart> chartOfSize;
    private Consumer<String> onTouchpoint = id -> { };
    private Chart chart;

    /** @param chartOfSize makes the chart for a width and height, with the view's current choices */
    PictureCanvas(BiFunction<Double, Double, Chart> chartOfSize) {
        super(null); // it paints the chart in paint(), below
        this.chartOfSize = chartOfSize;
        Canvas canvas = canvas();
        getStyleClass().add("picture-canvas");
        setMinSize(320, MIN_HEIGHT);
        setPrefSize(720, MIN_HEIGHT);
        canvas.setOnMouseMoved(e -> canvas.setCursor(touchpointAt(e.getX(), e.getY()) == null ? Cursor.DEFAULT
                : Cursor.HAND));
        canvas.setOnMouseClicked(e -> {
            String id = touchpointAt(e.getX(), e.getY());
            if (id != null) {
                onTouchpoint.accept(id);
            }
        });
    }

    void setOnTouchpoint(Consumer<String> onTouchpoint) {
        this.onTouchpoint = onTouchpoint;
    }

    /** The touchpoint drawn at a point of the canvas, or null. */
    String touchpointAt(double x, double y) {
        return chart == null ? null : chart.touchpointAt(x, y);
    }

    /** This canvas in a scroll pane that fits it to the view, scrolling when the view is lower than the chart. */
    Node scrolling() {
        ScrollPane scroll = new ScrollPane(this);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** The chart shown now, or null before the first layout. */
    Chart chart() {
        return chart;
    }

    /** Lays the chart out again for the current size and choices, and paints it. */
    @Override
    protected void paint(GraphicsContext g) {
        chart = chartOfSize.apply(g.getCanvas().getWidth(), g.getCanvas().getHeight());
        chart.paint(new FxPainter(g));
    }

    @Override
    protected void cleared() {
        chart = null;
    }
}
