package fi.polku.render.chart;

import fi.polku.layout.FontFace;
import fi.polku.layout.MetricLabels;
import fi.polku.metrics.ChannelScorecard;
import fi.polku.metrics.MetricResult;
import fi.polku.metrics.PooledScore;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.render.Painter;
import fi.polku.text.Formats;

import java.util.List;
import java.util.Locale;

/**
 * The channel scorecard: a row per channel lane, a column each for NPS, CES, FCR and CSAT, each cell the
 * score pooled by n over the channel's touchpoints with its 95 % interval (as a whisker on the metric's
 * scale and in numbers), its n and how many touchpoints it pools.
 */
public final class ChannelChart extends Chart {
    private static final double HEADER_H = 66;
    private static final double MAX_ROW = 128;
    private static final double MIN_ROW = 94;

    private final ChannelScorecard card;
    private final List<ChannelScorecard.Channel> shown;
    private final double rowHeight;

    private ChannelChart(JourneyMap map, Locale language, double width, double height) {
        super(language, width, height);
        this.card = ChannelScorecard.of(map);
        setTitle(text("chart.channels.title"), text("chart.channels.subtitle"));
        boolean small = card.channels().stream().flatMap(c -> c.scores().stream()).anyMatch(PooledScore::smallSample);
        if (small) {
            addNote(text("chart.smallSample.note", MetricResult.SMALL_SAMPLE));
        }
        int withoutN = card.channels().stream().flatMap(c -> c.scores().stream()).mapToInt(PooledScore::withoutN).sum();
        if (withoutN > 0) {
            addNote(text("chart.channels.withoutN", withoutN));
        }
        addNote(text("chart.channels.note"));
        int fits = Math.max(1, (int) ((bodyBottom() - bodyTop() - HEADER_H) / MIN_ROW));
        int count = Math.min(fits, card.channels().size());
        if (count < card.channels().size()) {
            addNote(text("chart.channels.more", card.channels().size() - count));
            count = Math.min(Math.max(1, (int) ((bodyBottom() - bodyTop() - HEADER_H) / MIN_ROW)), card.channels().size());
            replaceLastNote(text("chart.channels.more", card.channels().size() - count));
        }
        this.shown = card.channels().subList(0, count);
        this.rowHeight = count == 0 ? 0 : Math.min(MAX_ROW, (bodyBottom() - bodyTop() - HEADER_H) / count);
    }

    /** The scorecard of every channel lane that fits. */
    public static ChannelChart of(JourneyMap map, Locale language, double width, double height) {
        return new ChannelChart(map, language, width, height);
    }

    /**
     * The scorecard with every channel, at least {@code height} tall and taller where the channels need it:
     * an export or a report page shows them all rather than a note that some did not fit.
     */
    public static ChannelChart whole(JourneyMap map, Locale language, double width, double height) {
        ChannelChart chart = of(map, language, width, height);
        // Each pass adds a row's height per channel left out; the notes it then drops make room too.
        for (int pass = 0; pass < 3 && chart.shown.size() < chart.card.channels().size(); pass++) {
            height += (chart.card.channels().size() - chart.shown.size()) * MIN_ROW;
            chart = of(map, language, width, height);
        }
        return chart;
    }

    public ChannelScorecard scorecard() {
        return card;
    }

    private double nameWidth() {
        return Math.min(260, contentWidth() * 0.24);
    }

    @Override
    protected void paintBody(Painter p) {
        if (shown.isEmpty() || !card.measured()) {
            empty(p, text(card.channels().isEmpty() ? "chart.channels.noChannels" : "chart.channels.empty"));
            return;
        }
        double left = ChartStyle.MARGIN;
        double cellsX = left + nameWidth() + 12;
        double cellW = (width - ChartStyle.MARGIN - cellsX) / ChannelScorecard.METRICS.size();
        double top = bodyTop();
        for (int c = 0; c < ChannelScorecard.METRICS.size(); c++) {
            MetricDefinition metric = MetricDefinition.builtIn(ChannelScorecard.METRICS.get(c));
            double cx = cellsX + cellW * (c + 0.5);
            centred(p, MetricLabels.name(metric, language), cx, top + 14, FontFace.BOLD, ChartStyle.VALUE_SIZE,
                    ChartStyle.INK);
            double sy = top + 34;
            for (String l : wrapper.wrap(text("chart.channels.scale." + metric.id()), FontFace.REGULAR,
                    ChartStyle.SMALL_SIZE, cellW - 12, 2)) {
                centred(p, l, cx, sy, FontFace.REGULAR, ChartStyle.SMALL_SIZE, ChartStyle.MUTED);
                sy += line(FontFace.REGULAR, ChartStyle.SMALL_SIZE);
            }
        }
        double y = top + HEADER_H;
        p.line(left, y, width - left, y, ChartStyle.AXIS, 1);
        for (int r = 0; r < shown.size(); r++) {
            ChannelScorecard.Channel channel = shown.get(r);
            p.beginGroup("channel-" + channel.lane().id(), "channel");
            double middle = y + rowHeight / 2;
            List<String> name = wrapper.wrap(channel.lane().name(), FontFace.BOLD, ChartStyle.LABEL_SIZE,
                    nameWidth(), 2);
            double lh = line(FontFace.BOLD, ChartStyle.LABEL_SIZE);
            double ny = middle - (name.size() - 1) * lh / 2;
            for (String l : name) {
                left(p, l, left, ny, FontFace.BOLD, ChartStyle.LABEL_SIZE, ChartStyle.INK);
                ny += lh;
            }
            for (int c = 0; c < ChannelScorecard.METRICS.size(); c++) {
                cell(p, channel.scores().get(c), cellsX + cellW * c, y, cellW, rowHeight);
            }
            p.endGroup();
            y += rowHeight;
            p.line(left, y, width - left, y, ChartStyle.GRID, 1);
        }
    }

    /** One pooled score: the value, a whisker of its interval on the scale, and "95 %: a–b · n = N". */
    private void cell(Painter p, PooledScore s, double x, double y, double w, double h) {
        double cx = x + w / 2;
        if (!s.present()) {
            centred(p, "–", cx, y + h / 2, FontFace.BOLD, ChartStyle.VALUE_SIZE + 4, ChartStyle.AXIS);
            return;
        }
        MetricDefinition metric = s.metric();
        double valueH = line(FontFace.BOLD, ChartStyle.VALUE_SIZE + 4);
        double smallH = line(FontFace.REGULAR, ChartStyle.SMALL_SIZE);
        double block = valueH + 12 + 3 * smallH;
        double top = y + (h - block) / 2;
        centred(p, value(metric, s.value()), cx, top + valueH / 2, FontFace.BOLD,
                ChartStyle.VALUE_SIZE + 4, ChartStyle.INK);
        // The whisker: the metric's scale as a track, the interval as a bar, the value as a dot.
        double trackW = Math.min(150, w - 24);
        double tx = cx - trackW / 2;
        double ty = top + valueH + 5;
        p.fillRoundRect(tx, ty - 2, trackW, 4, 2, ChartStyle.TRACK);
        if (s.hasInterval()) {
            double a = tx + trackW * share(metric, s.ciLow());
            double b = tx + trackW * share(metric, s.ciHigh());
            p.fillRoundRect(a, ty - 3, Math.max(2, b - a), 6, 3, 0xFF90A4AE);
        }
        double vx = tx + trackW * share(metric, s.value());
        p.fillRect(vx - 1.5, ty - 6, 3, 12, ChartStyle.BAR);
        String interval = s.hasInterval() ? text("chart.channels.interval", ChartText.value(language, metric, s.ciLow()),
                ChartText.value(language, metric, s.ciHigh())) : text("chart.channels.noInterval");
        double line1 = ty + 7 + smallH / 2;
        centred(p, wrapper.truncate(interval, FontFace.REGULAR, ChartStyle.SMALL_SIZE, w - 8), cx, line1,
                FontFace.REGULAR, ChartStyle.SMALL_SIZE, ChartStyle.MUTED);
        String n = text(s.smallSample() ? "chart.channels.n.small" : "chart.channels.n", Formats.count(language, s.n()));
        centred(p, wrapper.truncate(n, FontFace.REGULAR, ChartStyle.SMALL_SIZE, w - 8), cx, line1 + smallH,
                FontFace.REGULAR, ChartStyle.SMALL_SIZE, s.smallSample() ? ChartStyle.WARNING : ChartStyle.MUTED);
        centred(p, wrapper.truncate(text("chart.channels.touchpoints", s.touchpoints()), FontFace.REGULAR,
                ChartStyle.SMALL_SIZE, w - 8), cx, line1 + 2 * smallH, FontFace.REGULAR, ChartStyle.SMALL_SIZE,
                ChartStyle.MUTED);
    }

    /** Percentages with their sign, NPS and means as bare numbers, as scorecards print them. */
    private String value(MetricDefinition metric, double v) {
        return "%".equals(metric.unit()) ? ChartText.withUnit(language, metric, v) : ChartText.value(language, metric, v);
    }

    private static double share(MetricDefinition metric, double v) {
        return Math.clamp((v - metric.min()) / (metric.max() - metric.min()), 0, 1);
    }
}
