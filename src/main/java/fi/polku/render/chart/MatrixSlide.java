package fi.polku.render.chart;

import fi.polku.layout.MetricLabels;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.MatrixAnalysis;
import fi.polku.model.JourneyMap;
import fi.polku.render.Painter;

import java.util.Locale;

/**
 * The importance-performance matrix as a chart that stands on its own, like the other analysis charts: a
 * title saying what is plotted and against what, then the {@link MatrixChart} in the body. This is what
 * {@code polku export --view matrix}, Copy as Image and the report show.
 */
public final class MatrixSlide extends Chart {
    private final MatrixChart matrix;

    private MatrixSlide(MatrixAnalysis analysis, Locale language, double width, double height) {
        super(language, width, height);
        String scope = analysis.allMetrics() || analysis.metric() == null ? text("chart.matrix.scope.all")
                : MetricLabels.name(analysis.metric(), language);
        setTitle(text("chart.matrix.title", scope), text("chart.matrix.subtitle." + analysis.crosshair().name()));
        this.matrix = new MatrixChart(analysis, language, contentWidth(), Math.max(1, bodyBottom() - bodyTop()));
    }

    /** The default: every measured touchpoint by its key metric, against its target. */
    public static MatrixSlide of(JourneyMap map, Locale language, double width, double height) {
        return of(MatrixAnalysis.allMetrics(map, Crosshair.TARGET), language, width, height);
    }

    /** Any matrix analysis (one metric or all, any crosshair) as a slide. */
    public static MatrixSlide of(MatrixAnalysis analysis, Locale language, double width, double height) {
        return new MatrixSlide(analysis, language, width, height);
    }

    /** The matrix drawn in the body, with its point positions relative to the body's corner. */
    public MatrixChart matrix() {
        return matrix;
    }

    /** Where the matrix's (0, 0) lies on the slide: x, y. */
    public double[] matrixOrigin() {
        return new double[] {ChartStyle.MARGIN, bodyTop()};
    }

    @Override
    public String touchpointAt(double x, double y) {
        return matrix.touchpointAt(x - ChartStyle.MARGIN, y - bodyTop()).orElse(null);
    }

    @Override
    protected void paintBody(Painter p) {
        p.pushTransform(ChartStyle.MARGIN, bodyTop(), 1);
        matrix.paint(p);
        p.popTransform();
    }
}
