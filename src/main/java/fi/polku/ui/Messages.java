package fi.polku.ui;

import fi.polku.layout.MetricLabels;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Localization;
import fi.polku.text.Text;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

import java.util.Locale;

/** The window's texts in the user-interface language; a short name for {@link Localization} in UI code. */
public final class Messages {
    private Messages() {
    }

    /** The user-interface language; it changes on the JavaFX thread when the user picks another one. */
    public static ReadOnlyObjectProperty<Locale> language() {
        return UiLanguage.property();
    }

    /** The text for a key; a missing key shows as {@code !key!} so that it is noticed, never as a crash. */
    public static String get(String key) {
        return Localization.text(key);
    }

    /** The text for a key, following the user-interface language: for a label that stays on screen. */
    public static StringBinding text(String key) {
        return Bindings.createStringBinding(() -> get(key), UiLanguage.property());
    }

    /** The text for a key with {@link java.text.MessageFormat} arguments, e.g. {@code {0} touchpoints}. */
    public static String format(String key, Object... args) {
        return Localization.format(key, args);
    }

    /** A text made elsewhere (an undo step, a file problem), in the user-interface language. */
    public static String of(Text text) {
        return text.in(Localization.ui());
    }

    /**
     * A metric's name as the window shows it. The window speaks the user-interface language, so a built-in
     * metric (Emotion, NPS) is named in it even on a map in another language: those are Polku's words, not
     * the map author's. The map picture and exports name them in the map's language instead.
     */
    public static String metricName(MetricDefinition metric) {
        return MetricLabels.name(metric, Localization.ui());
    }

    /** A metric's unit as the window shows it, in the user-interface language like {@link #metricName}. */
    public static String metricUnit(MetricDefinition metric) {
        return MetricLabels.unit(metric, Localization.ui());
    }

    /** The display name of an enum constant, from the key {@code EnumSimpleName.CONSTANT}. */
    public static String of(Enum<?> value) {
        return value == null ? get("value.notSet") : get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
