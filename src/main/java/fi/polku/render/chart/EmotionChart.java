package fi.polku.render.chart;

import fi.polku.layout.FontFace;
import fi.polku.layout.PathShape;
import fi.polku.metrics.EmotionCurve;
import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import fi.polku.render.Painter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The customer's emotion (−3..+3) along the journey's touchpoints in reading order, stages marked, with
 * its peak-end summary: the most intense moment and the last one are marked on the curve and named below
 * it, as they shape what the customer remembers.
 */
public final class EmotionChart extends Chart {
    private static final double AXIS_W = 44;
    private static final double STAGE_H = 28;

    /** A curve point and where it is drawn. */
    public record Drawn(EmotionCurve.Point point, double x, double y) {
    }

    private final JourneyMap map;
    private final EmotionCurve curve;
    private final String highlight;
    private final List<Drawn> drawn = new ArrayList<>();
    private final double radius;

    private EmotionChart(JourneyMap map, String highlight, Locale language, double width, double height) {
        super(language, width, height);
        this.map = map;
        this.curve = EmotionCurve.of(map);
        this.highlight = highlight;
        setTitle(text("chart.emotion.title"), text("chart.emotion.subtitle"));
        if (curve.peak() != null) {
            addNote(text("emotion.peak", curve.peak().touchpoint().title(),
                    ChartText.signed(language, curve.peak().emotion())));
            addNote(text("emotion.end", curve.end().touchpoint().title(),
                    ChartText.signed(language, curve.end().emotion())));
        }
        addNote(text("emotion.note"));
        int n = curve.points().size();
        double step = n == 0 ? 0 : plotWidth() / n;
        this.radius = Math.max(2.5, Math.min(6, step / 3));
        for (int i = 0; i < n; i++) {
            EmotionCurve.Point p = curve.points().get(i);
            drawn.add(new Drawn(p, plotLeft() + step * (i + 0.5), y(p.emotion())));
        }
    }

    /** The default view: the whole curve, nothing highlighted. */
    public static EmotionChart of(JourneyMap map, Locale language, double width, double height) {
        return of(map, null, language, width, height);
    }

    /** The curve with one touchpoint's point enlarged (null for none). */
    public static EmotionChart of(JourneyMap map, String highlight, Locale language, double width, double height) {
        return new EmotionChart(map, highlight, language, width, height);
    }

    public EmotionCurve curve() {
        return curve;
    }

    /** The points as drawn, in reading order. */
    public List<Drawn> drawn() {
        return List.copyOf(drawn);
    }

    @Override
    public String touchpointAt(double x, double y) {
        Drawn best = null;
        for (Drawn d : drawn) {
            if (Math.hypot(d.x() - x, d.y() - y) <= radius + 5
                    && (best == null || Math.hypot(d.x() - x, d.y() - y) < Math.hypot(best.x() - x, best.y() - y))) {
                best = d;
            }
        }
        return best == null ? null : best.point().touchpoint().id();
    }

    private double plotLeft() {
        return ChartStyle.MARGIN + AXIS_W;
    }

    private double plotWidth() {
        return Math.max(10, width - ChartStyle.MARGIN - plotLeft());
    }

    /** Room above +3 for a marker's word, so that it always goes above its point, clear of the curve. */
    private double plotTop() {
        return bodyTop() + line(FontFace.BOLD, ChartStyle.LABEL_SIZE) + 12;
    }

    private double plotHeight() {
        return Math.max(10, bodyBottom() - STAGE_H - plotTop());
    }

    private double y(double emotion) {
        return plotTop() + (3 - emotion) / 6 * plotHeight();
    }

    @Override
    protected void paintBody(Painter p) {
        if (drawn.isEmpty()) {
            empty(p, text("emotion.empty"));
            return;
        }
        double left = plotLeft();
        double w = plotWidth();
        // Below zero the customer is unhappy: the halves are shaded lightly.
        p.fillRect(left, plotTop(), w, plotHeight() / 2, ChartStyle.POSITIVE_BAND);
        p.fillRect(left, y(0), w, plotHeight() / 2, ChartStyle.NEGATIVE_BAND);
        for (int e = -3; e <= 3; e++) {
            double y = y(e);
            p.line(left, y, left + w, y, e == 0 ? ChartStyle.AXIS : ChartStyle.GRID, 1);
            right(p, e > 0 ? "+" + e : e < 0 ? "−" + -e : "0", left - 10, y, FontFace.REGULAR, ChartStyle.LABEL_SIZE,
                    ChartStyle.MUTED);
        }
        paintStages(p);
        PathShape.Builder path = PathShape.builder();
        for (int i = 0; i < drawn.size(); i++) {
            if (i == 0) {
                path.moveTo(drawn.get(i).x(), drawn.get(i).y());
            } else {
                path.lineTo(drawn.get(i).x(), drawn.get(i).y());
            }
        }
        p.strokePath(path.build(), 0xFF455A64, 2.5);
        for (Drawn d : drawn) {
            boolean marked = d.point() == curve.peak() || d.point() == curve.end()
                    || d.point().touchpoint().id().equals(highlight);
            double r = marked ? radius + 2 : radius;
            p.fillPath(PathShape.circle(d.x(), d.y(), r + 1.5), ChartStyle.BACKGROUND);
            p.fillPath(PathShape.circle(d.x(), d.y(), r), d.point().emotion() < 0 ? ChartStyle.BAD : ChartStyle.GOOD);
            if (d.point().touchpoint().id().equals(highlight)) {
                p.strokePath(PathShape.circle(d.x(), d.y(), r + 4), ChartStyle.BAR, 2);
            }
        }
        marker(p, curve.peak(), text("emotion.marker.peak"));
        if (curve.end() != curve.peak()) {
            marker(p, curve.end(), text("emotion.marker.end"));
        }
    }

    private void marker(Painter p, EmotionCurve.Point point, String word) {
        for (Drawn d : drawn) {
            if (d.point() == point) {
                double h = line(FontFace.BOLD, ChartStyle.LABEL_SIZE);
                double middle = d.y() - radius - 6 - h / 2;
                double textW = measurer.width(word, FontFace.BOLD, ChartStyle.LABEL_SIZE);
                double x = Math.min(Math.max(d.x(), plotLeft() + textW / 2), plotLeft() + plotWidth() - textW / 2);
                centred(p, word, x, middle, FontFace.BOLD, ChartStyle.LABEL_SIZE, ChartStyle.INK);
            }
        }
    }

    private void paintStages(Painter p) {
        List<EmotionCurve.Point> points = curve.points();
        double step = plotWidth() / points.size();
        int start = 0;
        for (int i = 1; i <= points.size(); i++) {
            boolean boundary = i == points.size()
                    || !points.get(i).touchpoint().stageId().equals(points.get(start).touchpoint().stageId());
            if (!boundary) {
                continue;
            }
            double x0 = plotLeft() + step * start;
            double x1 = plotLeft() + step * i;
            if (start > 0) {
                p.line(x0, plotTop(), x0, plotTop() + plotHeight(), 0xFFC4C9CF, 1);
            }
            String name = map.stage(points.get(start).touchpoint().stageId()).map(Stage::name).orElse("");
            centred(p, wrapper.truncate(name, FontFace.BOLD, ChartStyle.SMALL_SIZE, x1 - x0 - 6), (x0 + x1) / 2,
                    plotTop() + plotHeight() + STAGE_H / 2 + 2, FontFace.BOLD, ChartStyle.SMALL_SIZE, ChartStyle.TEXT);
            start = i;
        }
    }
}
