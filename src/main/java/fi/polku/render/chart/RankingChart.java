package fi.polku.render.chart;

import fi.polku.layout.FontFace;
import fi.polku.layout.MetricLabels;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.MeasuredMetrics;
import fi.polku.metrics.MetricResult;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.render.Painter;
import fi.polku.text.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The top priorities of one metric as bars: each touchpoint below its target with its importance × gap =
 * priority written out, its measured value against the target in the metric's own unit, and its n.
 */
public final class RankingChart extends Chart {
    /** How many priorities the default picture lists. */
    public static final int DEFAULT_TOP = 8;
    private static final double MIN_ROW = 46;
    private static final double MAX_ROW = 72;

    private final MetricDefinition metric;
    private final String highlight;
    private final List<TouchpointRow> shown;
    private final double rowHeight;
    private final String emptyText;

    private RankingChart(JourneyMap map, MetricDefinition metric, int top, String highlight, Locale language,
                         double width, double height) {
        super(language, width, height);
        this.metric = metric;
        this.highlight = highlight;
        List<TouchpointRow> all = metric == null ? List.of()
                : TouchpointAnalysis.of(map, metric.id(), Crosshair.SCALE_MIDPOINTS).priorityRanking();
        String name = metric == null ? "" : MetricLabels.name(metric, language);
        setTitle(metric == null ? text("chart.ranking.title.none") : text("chart.ranking.title", name),
                text("chart.ranking.subtitle"));
        if (all.stream().anyMatch(RankingChart::small)) {
            addNote(text("chart.smallSample.note", MetricResult.SMALL_SAMPLE));
        }
        addNote(text("chart.ranking.note"));
        int count = Math.min(Math.min(top, fits()), all.size());
        if (all.size() > count) {
            // The note takes room from the rows: count again with it in place, then state the final numbers.
            addNote(text("chart.ranking.more", all.size() - count, count));
            count = Math.min(Math.min(top, fits()), all.size());
            replaceLastNote(text("chart.ranking.more", all.size() - count, count));
        }
        this.shown = all.subList(0, count);
        this.rowHeight = count == 0 ? 0 : Math.min(MAX_ROW, (bodyBottom() - bodyTop()) / count);
        this.emptyText = metric == null ? text("chart.noMeasurements") : text("chart.ranking.empty", name);
    }

    /** The default view: the most plotted metric's top {@value #DEFAULT_TOP} priorities. */
    public static RankingChart of(JourneyMap map, Locale language, double width, double height) {
        return of(map, MeasuredMetrics.mostPlotted(map).map(MetricDefinition::id).orElse(null), DEFAULT_TOP, null,
                language, width, height);
    }

    /** One metric's top {@code top} priorities, a touchpoint highlighted (null for none). */
    public static RankingChart of(JourneyMap map, String metricId, int top, String highlight, Locale language,
                                  double width, double height) {
        MetricDefinition metric = metricId == null ? null : map.metric(metricId).orElse(null);
        return new RankingChart(map, metric, top, highlight, language, width, height);
    }

    private int fits() {
        return Math.max(1, (int) ((bodyBottom() - bodyTop()) / MIN_ROW));
    }

    /** The rows drawn, highest priority first. */
    public List<TouchpointRow> shown() {
        return shown;
    }

    private double labelWidth() {
        return Math.min(440, contentWidth() * 0.42);
    }

    @Override
    public String touchpointAt(double x, double y) {
        int i = (int) Math.floor((y - bodyTop()) / Math.max(1, rowHeight));
        return rowHeight > 0 && y >= bodyTop() && i < shown.size() ? shown.get(i).touchpoint().id() : null;
    }

    @Override
    protected void paintBody(Painter p) {
        if (shown.isEmpty()) {
            empty(p, emptyText);
            return;
        }
        double left = ChartStyle.MARGIN;
        double rankW = 36;
        double labelW = labelWidth();
        double barX = left + rankW + labelW + 16;
        double maxPriority = shown.getFirst().priority();
        List<String> sums = new ArrayList<>();
        double widest = 0;
        for (TouchpointRow r : shown) {
            String s = sum(r);
            sums.add(s);
            widest = Math.max(widest, measurer.width(s, FontFace.BOLD, ChartStyle.VALUE_SIZE));
        }
        double barRoom = Math.max(40, width - ChartStyle.MARGIN - barX - widest - 20);
        double y = bodyTop();
        double barH = Math.min(26, rowHeight * 0.5);
        for (int i = 0; i < shown.size(); i++) {
            TouchpointRow r = shown.get(i);
            double middle = y + rowHeight / 2;
            p.beginGroup("priority-" + (i + 1), "priority");
            if (r.touchpoint().id().equals(highlight)) {
                p.fillRoundRect(left - 8, y + 2, width - 2 * left + 16, rowHeight - 4, 6, ChartStyle.HIGHLIGHT);
            }
            right(p, Formats.count(language, i + 1), left + rankW - 10, middle, FontFace.BOLD, ChartStyle.VALUE_SIZE,
                    ChartStyle.MUTED);
            double titleMiddle = middle - line(FontFace.REGULAR, ChartStyle.SMALL_SIZE) / 2;
            left(p, wrapper.truncate(r.touchpoint().title(), FontFace.BOLD, ChartStyle.LABEL_SIZE, labelW),
                    left + rankW, titleMiddle, FontFace.BOLD, ChartStyle.LABEL_SIZE, ChartStyle.INK);
            boolean small = small(r);
            left(p, wrapper.truncate(measured(r), FontFace.REGULAR, ChartStyle.SMALL_SIZE, labelW), left + rankW,
                    titleMiddle + line(FontFace.BOLD, ChartStyle.LABEL_SIZE) - 1, FontFace.REGULAR,
                    ChartStyle.SMALL_SIZE, small ? ChartStyle.WARNING : ChartStyle.MUTED);
            p.fillRoundRect(barX, middle - barH / 2, barRoom, barH, 4, ChartStyle.TRACK);
            double w = Math.max(4, barRoom * r.priority() / maxPriority);
            p.fillRoundRect(barX, middle - barH / 2, w, barH, 4, ChartStyle.BAD);
            right(p, sums.get(i), width - ChartStyle.MARGIN, middle, FontFace.BOLD, ChartStyle.VALUE_SIZE, ChartStyle.INK);
            if (i < shown.size() - 1) {
                p.line(left, y + rowHeight, width - left, y + rowHeight, ChartStyle.GRID, 1);
            }
            p.endGroup();
            y += rowHeight;
        }
    }

    /** "4 × 6.8 = 27.2": importance × gap = priority. */
    private String sum(TouchpointRow r) {
        return text("chart.ranking.sum", Formats.number(language, r.importance(), 1),
                Formats.number(language, r.gap(), 1), Formats.number(language, r.priority(), 1));
    }

    /** "CSAT 78.2 %, target 85 %  ·  n = 119": the gap in the metric's own unit. */
    private String measured(TouchpointRow r) {
        String value = ChartText.withUnit(language, metric, r.measurement().value());
        String target = ChartText.withUnit(language, metric, r.target());
        String n = r.measurement().n() == null ? "?" : Formats.count(language, r.measurement().n());
        return text(small(r) ? "chart.ranking.measured.small" : "chart.ranking.measured",
                MetricLabels.name(metric, language), value, target, n);
    }

    private static boolean small(TouchpointRow r) {
        Integer n = r.measurement().n();
        return n != null && n < MetricResult.SMALL_SAMPLE;
    }
}
