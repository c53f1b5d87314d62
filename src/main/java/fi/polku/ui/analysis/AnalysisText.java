package fi.polku.ui.analysis;

import fi.polku.metrics.Crosshair;
import fi.polku.metrics.Quadrant;
import fi.polku.metrics.TargetStatus;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import fi.polku.text.Text;
import fi.polku.ui.Messages;

/**
 * The analysis views' texts (from {@code fi/polku/text/analysis.properties}) and their number formats, in
 * the user-interface language.
 */
final class AnalysisText {
    private AnalysisText() {
    }

    static String text(String key, Object... args) {
        return Localization.format(key, args);
    }

    static String of(Text text) {
        return text.in(Localization.ui());
    }

    static String of(Quadrant q) {
        return q == null ? "–" : text("quadrant." + q.name());
    }

    static String of(TargetStatus s) {
        return text("status." + s.name());
    }

    static String of(Crosshair c) {
        return text("crosshair." + c.name());
    }

    /** A number with at most {@code decimals} decimals in the user's locale; a dash for none. */
    static String number(Double v, int decimals) {
        if (v == null) {
            return "–";
        }
        return Formats.number(Localization.ui(), v, decimals);
    }

    /** Performance, gap and priority: one decimal. */
    static String number(Double v) {
        return number(v, 1);
    }

    /** A measured value: two decimals on short scales (CES 1–7), one on long ones (NPS, percentages). */
    static String value(fi.polku.model.MetricDefinition metric, Double v) {
        return number(v, metric.max() - metric.min() > 10 ? 1 : 2);
    }

    /** A metric's unit with its leading space, as written after a value ("78 %", "12 min"); empty for none. */
    static String unit(MetricDefinition metric) {
        String unit = Messages.metricUnit(metric);
        return unit.isBlank() ? "" : " " + unit;
    }

    /** Money rounded to whole units as the window's language writes it, e.g. "€468,000", "468 000 €". */
    static String money(double amount, String currency) {
        return Formats.money(Localization.ui(), amount, currency, false);
    }
}
