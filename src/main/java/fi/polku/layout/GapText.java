package fi.polku.layout;

import fi.polku.metrics.TargetStatus;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Formats;
import fi.polku.text.Localization;

import java.util.Locale;

/**
 * A touchpoint's score, target and gap in the metric's own unit, as a consultant reads them out:
 * "CSAT 78.2 %, target 85 %, gap 6.8 %-points", "CES 4.55, target 5, gap 0.45". The matrix ranks by the
 * normalised gap so that metrics compare; people are shown this one.
 */
public final class GapText {
    private GapText() {
    }

    /** The sentence for a row with a measurement, in {@code language}. */
    public static String of(TouchpointRow r, Locale language) {
        MetricDefinition m = r.metric();
        String name = MetricLabels.name(m, language);
        String value = value(m, r.measurement().value(), language);
        if (r.target() == null) {
            return Localization.format(language, "gap.noTarget", name, value);
        }
        String target = value(m, r.target(), language);
        return switch (r.status()) {
            case BELOW -> Localization.format(language, "gap.below", name, value, target,
                    amount(m, r.unitGap(), language));
            case ABOVE -> Localization.format(language, "gap.above", name, value, target,
                    amount(m, Math.abs(r.measurement().value() - r.target()), language));
            default -> Localization.format(language, "gap.at", name, value, target);
        };
    }

    /** Just the gap with its unit, e.g. "6.8 %-points" or "0.45"; a dash without a target. */
    public static String gap(TouchpointRow r, Locale language) {
        return r.unitGap() == null ? "–" : amount(r.metric(), r.unitGap(), language);
    }

    /** A value on the metric's scale with its unit: "78.2 %", "+12.5 points", "4.55". */
    public static String value(MetricDefinition m, double v, Locale language) {
        String num = number(m, v, language);
        if (MetricDefinition.NPS.equals(m.id()) && v > 0) {
            num = "+" + num;
        }
        String unit = MetricLabels.unit(m, language);
        return unit.isBlank() ? num : num + " " + unit;
    }

    /** A difference on the metric's scale: percentages differ by %-points, other units by themselves. */
    private static String amount(MetricDefinition m, double v, Locale language) {
        String num = number(m, v, language);
        String unit = "%".equals(m.unit()) ? Localization.text(language, "gap.unit.percentPoints")
                : MetricLabels.unit(m, language);
        return unit.isBlank() ? num : num + " " + unit;
    }

    /** Two decimals on short scales such as CES 1–7, one on long ones, so that the sums read true. */
    private static String number(MetricDefinition m, double v, Locale language) {
        return Formats.number(language, v, m.max() - m.min() > 10 ? 1 : 2);
    }
}
