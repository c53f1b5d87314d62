package fi.polku.layout;

import fi.polku.metrics.DeltaInterval;
import fi.polku.metrics.MetricChange;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Formats;
import fi.polku.text.Localization;

import java.util.Locale;

/**
 * A round comparison's cells as a reader sees them, the same in the terminal, the window and an export:
 * "58.3 %", "+12.5 %-points", "−3.1 … +28.0", "▲ Improved".
 */
public final class ChangeText {
    private ChangeText() {
    }

    /** A round's value with its unit, or a dash when the round has no measurement. */
    public static String value(MetricDefinition m, Measurement measurement, Locale language) {
        return measurement == null ? "–" : GapText.value(m, measurement.value(), language);
    }

    /** The sample size with a star under 30 answers, or a dash when unknown. */
    public static String n(Measurement measurement, Locale language) {
        if (measurement == null || measurement.n() == null) {
            return "–";
        }
        return Formats.count(language, measurement.n())
                + (measurement.n() < fi.polku.metrics.MetricResult.SMALL_SAMPLE ? "*" : "");
    }

    /** The change with its sign and unit ("+12.5 %-points"), or a dash. */
    public static String change(MetricDefinition m, Double delta, Locale language) {
        return delta == null ? "–" : signed(m, delta, language) + unitAfter(m, language);
    }

    /** The 95 % interval of a change, "−3.1 … +28.0", or a dash when there is none. */
    public static String interval(MetricDefinition m, DeltaInterval d, Locale language) {
        return d == null ? "–" : signed(m, d.low(), language) + " … " + signed(m, d.high(), language);
    }

    /** The verdict with its shape, "▲ Improved", so that it is never told by colour alone. */
    public static String verdict(MetricChange c, Locale language) {
        return c.verdict().symbol() + " " + c.verdict().text().in(language);
    }

    private static String signed(MetricDefinition m, double v, Locale language) {
        String num = Formats.number(language, v, m.max() - m.min() > 10 ? 1 : 2);
        return v > 0 && !num.equals("0") ? "+" + num : num;
    }

    private static String unitAfter(MetricDefinition m, Locale language) {
        String unit = "%".equals(m.unit()) ? Localization.text(language, "gap.unit.percentPoints")
                : MetricLabels.unit(m, language);
        return unit.isBlank() ? "" : " " + unit;
    }
}
