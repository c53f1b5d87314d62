package fi.polku.render.chart;

import fi.polku.layout.FontFace;
import fi.polku.layout.Rect;
import fi.polku.layout.TextMeasurer;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.MatrixAnalysis;
import fi.polku.metrics.Quadrant;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.MetricDefinition;
import fi.polku.render.Painter;
import fi.polku.text.Formats;
import fi.polku.text.Localization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Paints a laid-out {@link MatrixChart} through a {@link Painter}, back to front. */
final class MatrixChartPainter {
    /** A key column narrower than this would show little more than numbers. */
    private static final double MIN_KEY_COLUMN = 64;

    private final MatrixChart chart;
    private final MatrixAnalysis analysis;
    private final TextMeasurer measurer;
    private final Locale language;

    MatrixChartPainter(MatrixChart chart) {
        this.chart = chart;
        this.analysis = chart.analysis();
        this.measurer = chart.measurer();
        this.language = chart.language();
    }

    void paint(Painter p) {
        p.fillRect(0, 0, chart.width(), chart.height(), MatrixStyle.WHITE);
        MatrixGeometry g = chart.geometry();
        if (g == null) {
            paintEmpty(p);
        } else {
            p.beginGroup("matrix-plot", "matrix-plot");
            paintQuadrants(p, g);
            paintGrid(p, g);
            chart.titles().paint(p);
            paintStrip(p, g);
            p.endGroup();
            paintLeaders(p);
            paintPoints(p, g);
            paintLabels(p);
            paintKey(p);
            paintAxisTitles(p, g);
        }
        chart.legend().paint(p, MatrixChart.LEFT_PAD, chart.legendTop());
    }

    private void paintEmpty(Painter p) {
        String message = analysis.allMetrics() ? Localization.text(language, "matrix.empty.all")
                : Localization.format(language, "matrix.empty", fi.polku.layout.MetricLabels.name(analysis.metric(),
                language));
        String shown = chart.truncate(message, FontFace.REGULAR, 12, chart.width() - 24);
        double w = measurer.width(shown, FontFace.REGULAR, 12);
        p.text(shown, (chart.width() - w) / 2, chart.height() / 2, FontFace.REGULAR, 12, MatrixStyle.MUTED);
    }

    private double cx(MatrixGeometry g) {
        return g.x(analysis.position().importance());
    }

    private double cy(MatrixGeometry g) {
        return g.y(analysis.position().performance());
    }

    private void paintQuadrants(Painter p, MatrixGeometry g) {
        Rect plot = g.plot;
        double cx = cx(g);
        double cy = cy(g);
        fill(p, Quadrant.POSSIBLE_OVERKILL, Rect.spanning(plot.x(), plot.y(), cx, cy));
        fill(p, Quadrant.KEEP_UP_THE_GOOD_WORK, Rect.spanning(cx, plot.y(), plot.maxX(), cy));
        fill(p, Quadrant.LOW_PRIORITY, Rect.spanning(plot.x(), cy, cx, plot.maxY()));
        fill(p, Quadrant.CONCENTRATE_HERE, Rect.spanning(cx, cy, plot.maxX(), plot.maxY()));
    }

    private static void fill(Painter p, Quadrant q, Rect r) {
        p.fillRect(r.x(), r.y(), r.w(), r.h(), MatrixStyle.tint(q));
    }

    private void paintGrid(Painter p, MatrixGeometry g) {
        Rect plot = g.plot;
        double size = MatrixChart.tickSize();
        double ascent = measurer.ascent(FontFace.REGULAR, size);
        boolean target = analysis.crosshair() == Crosshair.TARGET;
        for (double v : g.ticks()) {
            double y = g.y(v);
            p.line(plot.x(), y, plot.maxX(), y, MatrixStyle.GRID, 1);
            String text = Formats.number(language, v, 0);
            if (target && v > 0) {
                text = "+" + text;
            }
            double w = measurer.width(text, FontFace.REGULAR, size);
            p.text(text, plot.x() - 6 - w, y + ascent / 2 - 1, FontFace.REGULAR, size, MatrixStyle.MUTED);
        }
        double bottom = g.strip != null ? g.strip.maxY() : plot.maxY();
        for (int i = 1; i <= 5; i++) {
            double x = g.x(i);
            p.line(x, plot.y(), x, plot.maxY(), MatrixStyle.GRID, 1);
            String text = Integer.toString(i);
            double w = measurer.width(text, FontFace.REGULAR, size);
            p.text(text, x - w / 2, bottom + 4 + ascent, FontFace.REGULAR, size, MatrixStyle.MUTED);
        }
        p.strokeRect(plot.x(), plot.y(), plot.w(), plot.h(), MatrixStyle.FRAME, 1);
        dashed(p, cx(g), plot.y(), cx(g), plot.maxY());
        dashed(p, plot.x(), cy(g), plot.maxX(), cy(g));
    }

    /** A dashed line of 6 on, 4 off: the same in every output, whatever dashes the backend knows. */
    private static void dashed(Painter p, double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        double dx = (x2 - x1) / length;
        double dy = (y2 - y1) / length;
        for (double s = 0; s < length; s += 10) {
            double e = Math.min(length, s + 6);
            p.line(x1 + dx * s, y1 + dy * s, x1 + dx * e, y1 + dy * e, MatrixStyle.CROSSHAIR, 1.5);
        }
    }

    private void paintStrip(Painter p, MatrixGeometry g) {
        if (g.strip == null) {
            return;
        }
        Rect s = g.strip;
        p.fillRect(s.x(), s.y(), s.w(), s.h(), MatrixStyle.APART_TINT);
        p.strokeRect(s.x(), s.y(), s.w(), s.h(), MatrixStyle.FRAME, 1);
        Rect title = chart.stripTitleBox();
        p.text(chart.stripTitle(), title.x(), title.y() + measurer.ascent(FontFace.ITALIC, 10), FontFace.ITALIC, 10,
                MatrixStyle.MUTED);
    }

    private void paintPoints(Painter p, MatrixGeometry g) {
        // Larger samples last, so that a solid point is not hidden under a hollow one.
        List<MatrixGeometry.Placed> order = new ArrayList<>(g.points);
        order.sort(Comparator.comparing((MatrixGeometry.Placed q) -> !q.row().smallSample()));
        for (MatrixGeometry.Placed q : order) {
            TouchpointRow r = q.row();
            boolean hover = q.id().equals(chart.hovered());
            double radius = hover ? MatrixGeometry.RADIUS + 2 : MatrixGeometry.RADIUS;
            p.beginGroup("point-" + q.id(), "matrix-point");
            if (q.id().equals(chart.selected())) {
                p.strokePath(fi.polku.layout.PathShape.circle(q.x(), q.y(), radius + 5), MatrixStyle.SELECTED, 3);
            }
            int colour = q.apart() ? MatrixStyle.APART : MatrixStyle.colour(r.quadrant());
            MatrixStyle.point(p, MatrixStyle.shape(chart.metricIndex(r.metric())), q.x(), q.y(), radius, colour,
                    r.smallSample());
            p.endGroup();
        }
    }

    /** Lines from points to numbers that had to sit further out; drawn under the points. */
    private void paintLeaders(Painter p) {
        Map<String, MatrixChart.Point> at = chart.positions();
        for (MatrixLabels.Label l : chart.labels().labels().values()) {
            if (l.leader()) {
                MatrixChart.Point from = at.get(l.pointId());
                p.line(from.x(), from.y(), l.box().centerX(), l.box().centerY(), MatrixStyle.MUTED, 0.75);
            }
        }
    }

    private void paintLabels(Painter p) {
        double ascent = measurer.ascent(MatrixLabels.FACE, MatrixLabels.SIZE);
        for (MatrixLabels.Label l : chart.labels().labels().values()) {
            Rect b = l.box();
            boolean hover = l.pointId().equals(chart.hovered());
            p.fillRoundRect(b.x() - 1, b.y(), b.w() + 2, b.h(), 3, MatrixStyle.LABEL_BACKGROUND);
            if (l.number() > 0) {
                p.text(l.text(), b.x(), b.y() + ascent, FontFace.BOLD, MatrixLabels.NUMBER_SIZE, MatrixStyle.INK);
            } else {
                p.text(l.text(), b.x(), b.y() + ascent, MatrixLabels.FACE, MatrixLabels.SIZE,
                        hover ? 0xFF000000 : MatrixStyle.INK);
            }
        }
    }

    /**
     * The numbered points' titles beside the plot, in as many columns as they need; only when even the
     * narrowest useful columns are full does the last line say how many more there are.
     */
    private void paintKey(Painter p) {
        Rect key = chart.key();
        List<MatrixGeometry.Placed> numbered = chart.labels().numbered();
        if (key == null || numbered.isEmpty()) {
            return;
        }
        double row = MatrixChart.keyRow();
        double ascent = measurer.ascent(FontFace.REGULAR, MatrixLabels.SIZE);
        int perColumn = (int) Math.max(1, Math.floor(key.h() / row));
        int columns = (int) Math.min(Math.ceil(numbered.size() / (double) perColumn),
                Math.max(1, Math.floor(key.w() / MIN_KEY_COLUMN)));
        double columnWidth = key.w() / columns;
        int fits = perColumn * columns;
        int shown = numbered.size() <= fits ? numbered.size() : fits - 1;
        double numberWidth = measurer.width(numbered.size() + "  ", FontFace.BOLD, MatrixLabels.SIZE);
        for (int i = 0; i < shown; i++) {
            double x = key.x() + (i / perColumn) * columnWidth;
            double baseline = key.y() + (i % perColumn) * row + ascent;
            p.text(Integer.toString(i + 1), x, baseline, FontFace.BOLD, MatrixLabels.SIZE, MatrixStyle.INK);
            String title = chart.truncate(numbered.get(i).row().touchpoint().title().strip(), FontFace.REGULAR,
                    MatrixLabels.SIZE, columnWidth - numberWidth - 6);
            p.text(title, x + numberWidth, baseline, FontFace.REGULAR, MatrixLabels.SIZE, MatrixStyle.INK);
        }
        if (shown < numbered.size()) {
            double x = key.x() + (shown / perColumn) * columnWidth;
            p.text(Localization.format(language, "matrix.key.more", numbered.size() - shown), x,
                    key.y() + (shown % perColumn) * row + ascent, FontFace.ITALIC, MatrixLabels.SIZE, MatrixStyle.MUTED);
        }
    }

    private void paintAxisTitles(Painter p, MatrixGeometry g) {
        double size = MatrixChart.axisSize();
        double ascent = measurer.ascent(FontFace.BOLD, size);
        String across = Localization.text(language, "matrix.axis.importance");
        String up = Localization.text(language, analysis.crosshair() == Crosshair.TARGET
                ? "matrix.axis.targetDistance" : "matrix.axis.performance");
        double maxWidth = chart.width() - 2 * MatrixChart.LEFT_PAD;
        across = chart.truncate(across, FontFace.BOLD, size, g.plot.maxX() - MatrixChart.LEFT_PAD);
        up = chart.truncate(up, FontFace.BOLD, size, maxWidth);
        double bottom = g.strip != null ? g.strip.maxY() : g.plot.maxY();
        double tickBand = measurer.lineHeight(FontFace.REGULAR, MatrixChart.tickSize()) + 6;
        double w = measurer.width(across, FontFace.BOLD, size);
        double x = Math.max(MatrixChart.LEFT_PAD, Math.min(g.plot.centerX() - w / 2, g.plot.maxX() - w));
        p.text(across, x, bottom + tickBand + ascent, FontFace.BOLD, size, MatrixStyle.INK);
        p.text(up, MatrixChart.LEFT_PAD, MatrixChart.TOP_PAD + ascent, FontFace.BOLD, size, MatrixStyle.INK);
        if (!analysis.allMetrics()) {
            MetricDefinition m = analysis.metric();
            String name = fi.polku.layout.MetricLabels.name(m, language);
            double nw = measurer.width(name, FontFace.BOLD, size);
            double right = g.plot.maxX();
            if (MatrixChart.LEFT_PAD + measurer.width(up, FontFace.BOLD, size) + 16 < right - nw) {
                p.text(name, right - nw, MatrixChart.TOP_PAD + ascent, FontFace.BOLD, size, MatrixStyle.MUTED);
            }
        }
    }
}
