package fi.polku.render.chart;

import fi.polku.layout.MetricLabels;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Formats;

import java.util.Locale;

/** Numbers, money and metric values as the charts write them, in the chart's language. */
public final class ChartText {
    private ChartText() {
    }

    /** A number with at most {@code decimals} decimals; a dash for none. */
    public static String number(Locale language, Double v, int decimals) {
        return v == null ? "–" : Formats.number(language, v, decimals);
    }

    /** A measured value: two decimals on short scales (CES 1–7), one on long ones (NPS, percentages). */
    public static String value(Locale language, MetricDefinition metric, double v) {
        return Formats.number(language, v, decimals(metric));
    }

    /** Decimals a metric's values are shown with. */
    public static int decimals(MetricDefinition metric) {
        return metric.max() - metric.min() > 10 ? 1 : 2;
    }

    /** A value with its unit, e.g. "78.2 %" or "12.5 points"; no unit for unit-less scales. */
    public static String withUnit(Locale language, MetricDefinition metric, double v) {
        String unit = MetricLabels.unit(metric, language);
        return value(language, metric, v) + (unit.isBlank() ? "" : " " + unit);
    }

    /** An emotion with its sign: "+2", "−0.5", "0". */
    public static String signed(Locale language, double emotion) {
        return (emotion > 0 ? "+" : "") + Formats.number(language, emotion, 1);
    }

    /** Money rounded to whole units as the language writes it, e.g. "€468,000" or "468 000 €". */
    public static String money(Locale language, double amount, String currency) {
        return Formats.money(language, amount, currency, false);
    }
}
