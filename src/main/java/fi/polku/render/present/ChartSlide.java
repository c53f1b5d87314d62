package fi.polku.render.present;

import fi.polku.layout.Palette;
import fi.polku.render.Painter;
import fi.polku.render.Picture;
import fi.polku.render.chart.Chart;
import fi.polku.render.chart.ChartStyle;

/**
 * An analysis chart filling the screen: laid out at the charts' own slide size stretched to the screen's
 * shape and drawn enlarged, so that it reads as it does in the report and in the analysis views, only
 * larger (its 24 px title is drawn at 38 px on a 1920 × 1080 screen), in the colours of the room's palette.
 */
public final class ChartSlide implements Picture {
    /** Lays a chart out at a size, in picture pixels. */
    @FunctionalInterface
    public interface ChartMaker {
        Chart make(double width, double height);
    }

    private final Chart chart;
    private final double width;
    private final double height;
    private final double scale;
    private final PaletteColours colours;

    public ChartSlide(ChartMaker maker, Palette palette, double width, double height) {
        this.width = width;
        this.height = height;
        this.scale = Math.min(width / ChartStyle.WIDTH, height / ChartStyle.HEIGHT);
        this.chart = maker.make(width / scale, height / scale);
        this.colours = new PaletteColours(palette);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    /** The chart as laid out, before it is enlarged. */
    public Chart chart() {
        return chart;
    }

    /** Screen pixels per chart pixel. */
    public double scale() {
        return scale;
    }

    @Override
    public void paint(Painter p) {
        Painter painter = PalettePainter.over(p, colours);
        painter.fillRect(0, 0, width, height, 0xFFFFFFFF);
        painter.pushTransform(0, 0, scale);
        chart.paint(painter);
        painter.popTransform();
    }
}
