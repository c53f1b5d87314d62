package fi.polku.render.chart;

import fi.polku.layout.FontFace;
import fi.polku.metrics.OpportunityRanking;
import fi.polku.metrics.OpportunityRanking.RankedOpportunity;
import fi.polku.metrics.ValueFormula;
import fi.polku.model.JourneyMap;
import fi.polku.render.Painter;
import fi.polku.text.Formats;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The map's opportunities ranked by estimated yearly value as bars, each with its value and its formula
 * written out (customers × share converting × value × times a day × days), e.g. the store bus's 468,000 €.
 */
public final class OpportunityChart extends Chart {
    private static final double MIN_ROW = 56;
    private static final double MAX_ROW = 84;

    private final List<RankedOpportunity> shown;
    private final String highlight;
    private final double rowHeight;
    private final Map<String, Double> largest = new HashMap<>();

    private OpportunityChart(JourneyMap map, String highlight, Locale language, double width, double height) {
        super(language, width, height);
        this.highlight = highlight;
        List<RankedOpportunity> ranked = OpportunityRanking.of(map);
        setTitle(text("chart.opportunity.title"), text("opportunity.column.formula"));
        if (!ranked.isEmpty()) {
            String currency = ranked.getFirst().currency();
            if (ranked.stream().allMatch(o -> o.currency().equals(currency))) {
                addNote(text("opportunity.total", ChartText.money(language,
                        ranked.stream().mapToDouble(RankedOpportunity::yearlyValue).sum(), currency), ranked.size()));
            }
        }
        long without = map.opportunities().size() - ranked.size();
        if (without > 0) {
            addNote(text("opportunity.unestimated", without));
        }
        int count = Math.min(ranked.size(), fits());
        if (count < ranked.size()) {
            addNote(text("chart.opportunity.more", ranked.size() - count));
            count = Math.min(ranked.size(), fits());
            replaceLastNote(text("chart.opportunity.more", ranked.size() - count));
        }
        this.shown = ranked.subList(0, count);
        this.rowHeight = count == 0 ? 0 : Math.min(MAX_ROW, (bodyBottom() - bodyTop()) / count);
        // Bars compare values of one currency only.
        for (RankedOpportunity o : ranked) {
            largest.merge(o.currency(), o.yearlyValue(), Math::max);
        }
    }

    private int fits() {
        return Math.max(1, (int) ((bodyBottom() - bodyTop()) / MIN_ROW));
    }

    /** The default view: every estimated opportunity that fits, most valuable first. */
    public static OpportunityChart of(JourneyMap map, Locale language, double width, double height) {
        return of(map, null, language, width, height);
    }

    /** The opportunities with those of one touchpoint highlighted (null for none). */
    public static OpportunityChart of(JourneyMap map, String highlightTouchpoint, Locale language, double width,
                                      double height) {
        return new OpportunityChart(map, highlightTouchpoint, language, width, height);
    }

    /** The opportunities drawn, most valuable first. */
    public List<RankedOpportunity> shown() {
        return shown;
    }

    /** The estimate's sum written out, e.g. "40 customers × 12.5% × €20 × 13 a day × 360 days = €468,000". */
    public static String formula(RankedOpportunity o, Locale language) {
        return ValueFormula.inWords(o.opportunity().estimate(), language);
    }

    @Override
    public String touchpointAt(double x, double y) {
        int i = (int) Math.floor((y - bodyTop()) / Math.max(1, rowHeight));
        if (rowHeight <= 0 || y < bodyTop() || i >= shown.size()) {
            return null;
        }
        List<String> ids = shown.get(i).opportunity().touchpointIds();
        return ids.isEmpty() ? null : ids.getFirst();
    }

    @Override
    protected void paintBody(Painter p) {
        if (shown.isEmpty()) {
            empty(p, text("opportunity.empty"));
            return;
        }
        double left = ChartStyle.MARGIN;
        double rankW = 36;
        double labelW = Math.min(420, contentWidth() * 0.38);
        double barX = left + rankW + labelW + 16;
        double widest = 0;
        for (RankedOpportunity o : shown) {
            widest = Math.max(widest, measurer.width(ChartText.money(language, o.yearlyValue(), o.currency()),
                    FontFace.BOLD, ChartStyle.VALUE_SIZE));
        }
        double barRoom = Math.max(40, width - ChartStyle.MARGIN - barX - widest - 12);
        double barH = Math.min(24, rowHeight * 0.34);
        double y = bodyTop();
        for (int i = 0; i < shown.size(); i++) {
            RankedOpportunity o = shown.get(i);
            p.beginGroup("opportunity-" + (i + 1), "opportunity");
            if (highlight != null && o.opportunity().touchpointIds().contains(highlight)) {
                p.fillRoundRect(left - 8, y + 2, width - 2 * left + 16, rowHeight - 4, 6, ChartStyle.HIGHLIGHT);
            }
            double lineH = line(FontFace.BOLD, ChartStyle.LABEL_SIZE);
            List<String> text = wrapper.wrap(o.opportunity().text(), FontFace.BOLD, ChartStyle.LABEL_SIZE, labelW,
                    rowHeight >= 2 * lineH + 8 ? 2 : 1);
            double textTop = y + (rowHeight - text.size() * lineH) / 2;
            right(p, Formats.count(language, i + 1), left + rankW - 10, textTop + lineH / 2, FontFace.BOLD,
                    ChartStyle.VALUE_SIZE, ChartStyle.MUTED);
            for (int l = 0; l < text.size(); l++) {
                left(p, text.get(l), left + rankW, textTop + lineH * (l + 0.5), FontFace.BOLD, ChartStyle.LABEL_SIZE,
                        ChartStyle.INK);
            }
            double barMiddle = y + rowHeight / 2 - line(FontFace.REGULAR, ChartStyle.SMALL_SIZE) / 2;
            double w = Math.max(4, barRoom * o.yearlyValue() / Math.max(1e-9, largest.get(o.currency())));
            p.fillRoundRect(barX, barMiddle - barH / 2, w, barH, 4, ChartStyle.GOOD);
            left(p, ChartText.money(language, o.yearlyValue(), o.currency()), barX + w + 10, barMiddle, FontFace.BOLD,
                    ChartStyle.VALUE_SIZE, ChartStyle.INK);
            left(p, wrapper.truncate(formula(o, language), FontFace.REGULAR, ChartStyle.SMALL_SIZE,
                            width - ChartStyle.MARGIN - barX), barX, barMiddle + barH / 2 + 4
                            + line(FontFace.REGULAR, ChartStyle.SMALL_SIZE) / 2, FontFace.REGULAR, ChartStyle.SMALL_SIZE,
                    ChartStyle.MUTED);
            if (i < shown.size() - 1) {
                p.line(left, y + rowHeight, width - left, y + rowHeight, ChartStyle.GRID, 1);
            }
            p.endGroup();
            y += rowHeight;
        }
    }
}
