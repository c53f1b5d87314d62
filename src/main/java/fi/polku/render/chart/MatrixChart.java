package fi.polku.render.chart;

import fi.polku.layout.FontFace;
import fi.polku.layout.Rect;
import fi.polku.layout.TextMeasurer;
import fi.polku.layout.TextWrapper;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.MatrixAnalysis;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.render.FontMetricsTable;
import fi.polku.render.Picture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The importance-performance matrix as a picture: importance across, performance up, the crosshair, the
 * four quadrants named for the crosshair, a point per touchpoint shaped by its metric and coloured by its
 * quadrant (hollow for a small sample), each labelled or numbered in a key. The analysis view, the
 * exports and the report all draw this one picture, so they show the same thing.
 */
public final class MatrixChart implements Picture {
    /** Where a point's centre is drawn, in picture pixels. */
    public record Point(double x, double y) {
    }

    static final double LEFT_PAD = 10;
    static final double TOP_PAD = 8;
    static final double RIGHT_PAD = 16;
    private static final double TICK_SIZE = 10.5;
    private static final double AXIS_SIZE = 11.5;
    private static final double KEY_ROW = 15;
    /**
     * Above this many points no title or number is drawn: a key of a hundred numbers helps nobody, and the
     * points would hide under their labels. The view's tooltip and the analysis table name them instead.
     */
    public static final int MAX_LABELLED = 60;

    private final MatrixAnalysis analysis;
    private final Locale language;
    private final double width;
    private final double height;
    private final TextMeasurer measurer = FontMetricsTable.shared();
    private final String hovered;
    private final String selected;
    private MatrixGeometry geometry;
    private MatrixLabels labels;
    private QuadrantTitles titles;
    private MatrixLegend legend;
    private Rect key;
    private double legendTop;

    /**
     * The default matrix of a map, as a consultant shows it: every measured touchpoint by its key metric,
     * against its target, in the map's language.
     */
    public static MatrixChart of(JourneyMap map, Locale language, double width, double height) {
        return new MatrixChart(MatrixAnalysis.allMetrics(map, Crosshair.TARGET), language, width, height);
    }

    /** The matrix of any analysis (one metric or all, any crosshair) in {@code language}. */
    public MatrixChart(MatrixAnalysis analysis, Locale language, double width, double height) {
        this(analysis, language, width, height, null, null);
        lay();
    }

    private MatrixChart(MatrixAnalysis analysis, Locale language, double width, double height, String hovered,
                        String selected) {
        this.analysis = analysis;
        this.language = language;
        this.width = width;
        this.height = height;
        this.hovered = hovered;
        this.selected = selected;
    }

    /** The same chart with one point drawn larger (under the mouse) and one ringed (selected); ids or null. */
    public MatrixChart highlighted(String hoveredId, String selectedId) {
        MatrixChart c = new MatrixChart(analysis, language, width, height, hoveredId, selectedId);
        c.geometry = geometry;
        c.labels = labels;
        c.titles = titles;
        c.legend = legend;
        c.key = key;
        c.legendTop = legendTop;
        return c;
    }

    private void lay() {
        legend = new MatrixLegend(analysis, language, width - 2 * LEFT_PAD, measurer);
        if (analysis.shownCount() == 0) {
            return;
        }
        layWithKey(0);
        double keyWidth = 0;
        // A narrower plot may leave more titles without room, so the key is sized again until it holds them.
        for (int pass = 0; pass < 3 && !labels.numbered().isEmpty(); pass++) {
            // As many columns of about 130 pixels as the numbers need, up to 45 % of the width.
            double rows = Math.max(1, Math.floor((legendTop - 6 - geometry.plot.y()) / KEY_ROW));
            double columns = Math.ceil(labels.numbered().size() / rows);
            double wanted = Math.max(130, Math.min(columns * 130, width * (columns > 1 ? 0.45 : 0.3)));
            if (wanted <= keyWidth) {
                break;
            }
            keyWidth = wanted;
            layWithKey(keyWidth);
        }
    }

    /** Lays out the plot leaving {@code keyWidth} on the right for the numbered key (0 for none). */
    private void layWithKey(double keyWidth) {
        double left = LEFT_PAD + tickWidth() + 8;
        double top = TOP_PAD + measurer.lineHeight(FontFace.BOLD, AXIS_SIZE) + 6;
        double tickBand = measurer.lineHeight(FontFace.REGULAR, TICK_SIZE) + 6;
        double axisBand = measurer.lineHeight(FontFace.BOLD, AXIS_SIZE) + 4;
        double bottom = tickBand + axisBand + legend.height() + TOP_PAD;
        double plotRight = width - RIGHT_PAD - (keyWidth > 0 ? keyWidth + 12 : 0);
        Rect frame = new Rect(left, top, Math.max(40, plotRight - left), Math.max(40, height - top - bottom));
        geometry = new MatrixGeometry(analysis, frame);
        Rect plot = geometry.plot;
        double cx = geometry.x(analysis.position().importance());
        double cy = geometry.y(analysis.position().performance());
        titles = new QuadrantTitles(analysis.crosshair(), language, plot, cx, cy,
                geometry.points.stream().map(MatrixLabels::pointBox).toList(), measurer);
        labels = new MatrixLabels(measurer);
        List<Rect> obstacles = new java.util.ArrayList<>(titles.boxes());
        Rect area = plot;
        if (geometry.strip != null) {
            obstacles.add(stripTitleBox());
            area = plot.union(geometry.strip);
        }
        if (geometry.points.size() <= MAX_LABELLED) {
            labels.place(geometry.points, obstacles, area.inset(2));
        }
        legendTop = height - TOP_PAD - legend.height();
        key = keyWidth > 0 ? new Rect(plotRight + 12, top, keyWidth, legendTop - 6 - top) : null;
    }

    private double tickWidth() {
        double widest = 0;
        for (String t : List.of("+100", "\u2212100", "100")) {
            widest = Math.max(widest, measurer.width(t, FontFace.REGULAR, TICK_SIZE));
        }
        return widest;
    }

    Rect stripTitleBox() {
        Rect s = geometry.strip;
        String title = stripTitle();
        return new Rect(s.x() + 6, s.y() + 2, measurer.width(title, FontFace.ITALIC, 10), measurer.lineHeight(
                FontFace.ITALIC, 10));
    }

    String stripTitle() {
        return fi.polku.text.Localization.text(language, "matrix.apart.title");
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    public MatrixAnalysis analysis() {
        return analysis;
    }

    Locale language() {
        return language;
    }

    /** Where each shown touchpoint's point is drawn, by touchpoint id, in picture pixels. */
    public Map<String, Point> positions() {
        Map<String, Point> out = new LinkedHashMap<>();
        if (geometry != null) {
            geometry.points.forEach(p -> out.put(p.id(), new Point(p.x(), p.y())));
        }
        return out;
    }

    /** Where the crosshair's lines cross, in picture pixels; null when the chart shows no point. */
    public Point crosshair() {
        return geometry == null ? null : new Point(geometry.x(analysis.position().importance()),
                geometry.y(analysis.position().performance()));
    }

    /** The id of the touchpoint whose point is at (x, y) or within a few pixels of it; the nearest wins. */
    public Optional<String> touchpointAt(double x, double y) {
        if (geometry == null) {
            return Optional.empty();
        }
        String best = null;
        double reach = MatrixGeometry.RADIUS + 4;
        double bestDistance = reach * reach;
        for (MatrixGeometry.Placed p : geometry.points) {
            double d = (p.x() - x) * (p.x() - x) + (p.y() - y) * (p.y() - y);
            if (d <= bestDistance) {
                best = p.id();
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The touchpoint ids that carry a number instead of their title, in number order (1, 2...). */
    public List<String> numberedKey() {
        return labels == null ? List.of() : labels.numbered().stream().map(MatrixGeometry.Placed::id).toList();
    }

    /** The text beside each point: its (shortened) title, or its number in the key. */
    public Map<String, String> labelTexts() {
        Map<String, String> out = new LinkedHashMap<>();
        if (labels != null) {
            labels.labels().forEach((id, l) -> out.put(id, l.text()));
        }
        return out;
    }

    /** The areas the quadrant titles cover. */
    List<Rect> titleBoxes() {
        return titles == null ? List.of() : titles.boxes();
    }

    MatrixGeometry geometry() {
        return geometry;
    }

    MatrixLabels labels() {
        return labels;
    }

    QuadrantTitles titles() {
        return titles;
    }

    MatrixLegend legend() {
        return legend;
    }

    Rect key() {
        return key;
    }

    double legendTop() {
        return legendTop;
    }

    String hovered() {
        return hovered;
    }

    String selected() {
        return selected;
    }

    TextMeasurer measurer() {
        return measurer;
    }

    /** The metric a point is shaped by: its index among the chart's metrics (0 in a one-metric chart). */
    int metricIndex(MetricDefinition metric) {
        return analysis.allMetrics() ? Math.max(0, analysis.shownMetrics().indexOf(metric)) : 0;
    }

    String truncate(String text, FontFace face, double size, double maxWidth) {
        return new TextWrapper(measurer).truncate(text, face, size, maxWidth);
    }

    static double tickSize() {
        return TICK_SIZE;
    }

    static double axisSize() {
        return AXIS_SIZE;
    }

    static double keyRow() {
        return KEY_ROW;
    }

    @Override
    public void paint(fi.polku.render.Painter p) {
        new MatrixChartPainter(this).paint(p);
    }
}
