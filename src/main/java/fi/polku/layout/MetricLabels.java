package fi.polku.layout;

import fi.polku.model.MetricDefinition;
import fi.polku.text.Localization;

import java.util.Locale;

/**
 * A metric's name and unit as a map shows them: a built-in metric whose name or unit is a word (Emotion,
 * points) speaks the map's language; a map's own metrics keep the words their author gave them.
 */
public final class MetricLabels {
    private MetricLabels() {
    }

    /** The metric's name in {@code language}, e.g. "Tunne" for the built-in Emotion of a Finnish map. */
    public static String name(MetricDefinition metric, Locale language) {
        return word(metric, "builtInMetric.name.", metric.name(), language);
    }

    /** The metric's unit in {@code language}, e.g. "pistettä" for NPS in a Finnish map; empty for none. */
    public static String unit(MetricDefinition metric, Locale language) {
        return word(metric, "builtInMetric.unit.", metric.unit(), language);
    }

    private static String word(MetricDefinition metric, String prefix, String own, Locale language) {
        String key = prefix + metric.id();
        return metric.builtIn() && Localization.has(key) ? Localization.text(language, key) : own;
    }
}
