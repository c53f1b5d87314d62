package fi.polku.ui.analysis;

import fi.polku.metrics.Crosshair;
import fi.polku.metrics.Quadrant;
import fi.polku.metrics.TargetStatus;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The analysis views' texts from {@code analysis.properties} (a translation is a properties file, no code)
 * and their number formats. Every text is a {@link MessageFormat} pattern.
 */
final class AnalysisText {
    private static final String BUNDLE = "fi.polku.ui.analysis.analysis";

    private AnalysisText() {
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE);
    }

    static String text(String key, Object... args) {
        return new MessageFormat(bundle().getString(key), Locale.getDefault()).format(args);
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
        NumberFormat f = NumberFormat.getNumberInstance();
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        return f.format(v).replace('-', '−');
    }

    /** Performance, gap and priority: one decimal. */
    static String number(Double v) {
        return number(v, 1);
    }

    /** A measured value: two decimals on short scales (CES 1–7), one on long ones (NPS, percentages). */
    static String value(fi.polku.model.MetricDefinition metric, Double v) {
        return number(v, metric.max() - metric.min() > 10 ? 1 : 2);
    }

    /** Money rounded to whole units with the currency's symbol, e.g. "468,000 €". */
    static String money(double amount, String currency) {
        NumberFormat f = NumberFormat.getNumberInstance();
        f.setMaximumFractionDigits(0);
        return f.format(amount) + " " + symbol(currency);
    }

    /** The sign of a currency code as consultants write it: € for EUR; the code itself for rarer ones. */
    static String symbol(String currency) {
        return switch (currency) {
            case "EUR" -> "€";
            case "USD" -> "$";
            case "GBP" -> "£";
            default -> currency;
        };
    }
}
