package fi.polku.export.report;

import fi.polku.layout.MetricLabels;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import fi.polku.text.Text;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The words and numbers of one report, all in the map's language: texts from the bundles, numbers, dates,
 * money and metric values written the way that language writes them.
 */
final class ReportText {
    private final Locale language;

    ReportText(Locale language) {
        this.language = Localization.supported(language);
    }

    Locale language() {
        return language;
    }

    String get(String key, Object... args) {
        return Localization.format(language, key, args);
    }

    String of(Text text) {
        return text.in(language);
    }

    String number(double value, int decimals) {
        return Formats.number(language, value, decimals);
    }

    String count(long value) {
        return Formats.count(language, value);
    }

    String date(LocalDate date) {
        return Formats.date(language, date);
    }

    /** A yearly value in whole units as the language writes it: {@code 468 000 €}, {@code €468,000}. */
    String money(double value, String currency) {
        return Formats.money(language, value, currency, false);
    }

    /** A metric value on its own scale with its unit: {@code 78,2 %}, {@code 4,55}, {@code 12,7 pistettä}. */
    String metricValue(MetricDefinition metric, double value) {
        String unit = metricUnit(metric);
        String number = metricNumber(metric, value);
        return unit.isBlank() ? number : number + "\u00a0" + unit;
    }

    /** A metric value on its own scale without its unit, for a column whose heading or row names the unit. */
    String metricNumber(MetricDefinition metric, double value) {
        return number(value, metric.max() - metric.min() > 10 ? 1 : 2);
    }

    String metricUnit(MetricDefinition metric) {
        return MetricLabels.unit(metric, language);
    }

    String metricName(MetricDefinition metric) {
        return MetricLabels.name(metric, language);
    }
}
