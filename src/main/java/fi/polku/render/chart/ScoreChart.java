package fi.polku.render.chart;

import fi.polku.layout.FontFace;
import fi.polku.layout.MetricLabels;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.JourneyScore;
import fi.polku.metrics.MeasuredMetrics;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.render.Painter;
import fi.polku.text.Formats;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The journey score of one metric: the whole journey's importance-weighted mean performance (0–100) as a
 * large number, and each stage's as a column in journey order, coloured red, amber or green.
 */
public final class ScoreChart extends Chart {
    private static final double OVERALL_W = 230;
    private static final double BIG_SIZE = 56;

    private final MetricDefinition metric;
    private final JourneyScore score;
    private final TouchpointAnalysis analysis;
    private final String highlightStage;

    private ScoreChart(JourneyMap map, MetricDefinition metric, String highlightStage, Locale language,
                       double width, double height) {
        super(language, width, height);
        this.metric = metric;
        this.highlightStage = highlightStage;
        this.analysis = metric == null ? null : TouchpointAnalysis.of(map, metric.id(), Crosshair.SCALE_MIDPOINTS);
        this.score = analysis == null ? null : analysis.journeyScore();
        setTitle(metric == null ? text("chart.score.title.none")
                : text("chart.score.title", MetricLabels.name(metric, language)), text("chart.score.subtitle"));
        addNote(text("score.note"));
    }

    /** The default view: the journey score of the most plotted metric. */
    public static ScoreChart of(JourneyMap map, Locale language, double width, double height) {
        return of(map, MeasuredMetrics.mostPlotted(map).map(MetricDefinition::id).orElse(null), null, language,
                width, height);
    }

    /** One metric's journey score, a stage highlighted (null for none). */
    public static ScoreChart of(JourneyMap map, String metricId, String highlightStage, Locale language,
                                double width, double height) {
        MetricDefinition metric = metricId == null ? null : map.metric(metricId).orElse(null);
        return new ScoreChart(map, metric, highlightStage, language, width, height);
    }

    /** The score drawn, or null without a metric. */
    public JourneyScore score() {
        return score;
    }

    private double plotLeft() {
        return ChartStyle.MARGIN + OVERALL_W + 56;
    }

    private double columnWidth() {
        return (width - ChartStyle.MARGIN - plotLeft()) / Math.max(1, score.stages().size());
    }

    /** The stage's weakest measured touchpoint, for a click on its column. */
    @Override
    public String touchpointAt(double x, double y) {
        if (score == null || score.stages().isEmpty() || x < plotLeft() || y < bodyTop() || y > bodyBottom()) {
            return null;
        }
        int i = (int) ((x - plotLeft()) / columnWidth());
        if (i >= score.stages().size()) {
            return null;
        }
        String stageId = score.stages().get(i).stage().id();
        return analysis.rows().stream()
                .filter(r -> r.touchpoint().stageId().equals(stageId) && r.importance() != null
                        && r.performance() != null)
                .min(Comparator.comparingDouble(TouchpointRow::performance))
                .map(r -> r.touchpoint().id()).orElse(null);
    }

    @Override
    protected void paintBody(Painter p) {
        if (score == null || score.overall() == null) {
            empty(p, metric == null ? text("chart.noMeasurements")
                    : text("chart.score.empty", MetricLabels.name(metric, language)));
            return;
        }
        paintOverall(p);
        paintStages(p);
    }

    private void paintOverall(Painter p) {
        double x = ChartStyle.MARGIN;
        double cx = x + OVERALL_W / 2;
        double top = bodyTop();
        double bottom = bodyBottom();
        p.fillRoundRect(x, top, OVERALL_W, bottom - top, 10, 0xFFF6F7F9);
        // The block of label, number, "of 100" and count, centred in the panel; the number shrinks in a low one.
        double big = Math.clamp((bottom - top) / 4, 28, BIG_SIZE);
        double labelH = line(FontFace.BOLD, ChartStyle.LABEL_SIZE + 2);
        double bigH = line(FontFace.BOLD, big);
        double smallH = line(FontFace.REGULAR, ChartStyle.SMALL_SIZE);
        List<String> detail = wrapper.wrap(text("chart.score.touchpoints", score.touchpoints()), FontFace.REGULAR,
                ChartStyle.SMALL_SIZE, OVERALL_W - 24, 2);
        double block = labelH + bigH + smallH * (1 + detail.size());
        double y = top + Math.max(8, (bottom - top - block) / 2);
        centred(p, text("chart.score.overall"), cx, y + labelH / 2, FontFace.BOLD, ChartStyle.LABEL_SIZE + 2,
                ChartStyle.TEXT);
        y += labelH;
        centred(p, Formats.number(language, score.overall(), 1), cx, y + bigH / 2, FontFace.BOLD, big,
                ChartStyle.scoreColour(score.overall()));
        y += bigH;
        centred(p, text("chart.score.outOf"), cx, y + smallH / 2, FontFace.REGULAR, ChartStyle.SMALL_SIZE,
                ChartStyle.MUTED);
        y += smallH;
        for (String l : detail) {
            centred(p, l, cx, y + smallH / 2, FontFace.REGULAR, ChartStyle.SMALL_SIZE, ChartStyle.MUTED);
            y += smallH;
        }
    }

    private void paintStages(Painter p) {
        double left = plotLeft();
        double right = width - ChartStyle.MARGIN;
        double nameH = 2 * line(FontFace.BOLD, ChartStyle.LABEL_SIZE) + line(FontFace.REGULAR, ChartStyle.SMALL_SIZE);
        double valueH = line(FontFace.BOLD, ChartStyle.VALUE_SIZE) + 4;
        double top = bodyTop() + valueH;
        double base = bodyBottom() - nameH - 8;
        double plotH = Math.max(20, base - top);
        int tick = plotH < 120 ? 50 : 25;
        for (int v = 0; v <= 100; v += tick) {
            double y = base - plotH * v / 100;
            p.line(left, y, right, y, v == 0 ? ChartStyle.AXIS : ChartStyle.GRID, 1);
            right(p, Formats.count(language, v), left - 8, y, FontFace.REGULAR, ChartStyle.SMALL_SIZE, ChartStyle.MUTED);
        }
        double col = columnWidth();
        double barW = Math.min(90, col * 0.6);
        for (int i = 0; i < score.stages().size(); i++) {
            JourneyScore.StageScore s = score.stages().get(i);
            double cx = left + col * (i + 0.5);
            p.beginGroup("stage-score-" + (i + 1), "stage-score");
            if (s.stage().id().equals(highlightStage)) {
                p.fillRoundRect(cx - col / 2 + 2, bodyTop(), col - 4, bodyBottom() - bodyTop(), 6, ChartStyle.HIGHLIGHT);
            }
            if (s.score() != null) {
                double h = Math.max(2, plotH * s.score() / 100);
                p.fillRect(cx - barW / 2, base - h, barW, h, ChartStyle.scoreColour(s.score()));
                centred(p, Formats.number(language, s.score(), 1), cx, base - h - valueH / 2, FontFace.BOLD,
                        ChartStyle.VALUE_SIZE, ChartStyle.INK);
            } else {
                centred(p, "–", cx, base - valueH / 2, FontFace.BOLD, ChartStyle.VALUE_SIZE, ChartStyle.MUTED);
            }
            double y = base + 8 + line(FontFace.BOLD, ChartStyle.LABEL_SIZE) / 2;
            for (String l : wrapper.wrap(s.stage().name(), FontFace.BOLD, ChartStyle.LABEL_SIZE, col - 8, 2)) {
                centred(p, l, cx, y, FontFace.BOLD, ChartStyle.LABEL_SIZE, ChartStyle.TEXT);
                y += line(FontFace.BOLD, ChartStyle.LABEL_SIZE);
            }
            String count = s.score() == null ? text("chart.score.stage.none") : text("score.stage.detail", s.touchpoints());
            centred(p, wrapper.truncate(count, FontFace.REGULAR, ChartStyle.SMALL_SIZE, col - 8), cx, y,
                    FontFace.REGULAR, ChartStyle.SMALL_SIZE, ChartStyle.MUTED);
            p.endGroup();
        }
    }
}
