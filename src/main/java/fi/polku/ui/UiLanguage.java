package fi.polku.ui;

import fi.polku.text.Localization;
import fi.polku.text.Text;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

import java.util.Locale;

/**
 * The user-interface language as a JavaFX value, so that texts bound to it are put into words again
 * when {@link Localization#setUi} changes the language. Bindings hold it weakly, so a closed window
 * that bound to it can still be collected. Changes are expected on the JavaFX thread, where the
 * language is chosen.
 */
public final class UiLanguage {
    private static final ReadOnlyObjectWrapper<Locale> LANGUAGE = new ReadOnlyObjectWrapper<>();
    /** The system's own formatting locale, kept while the window speaks the system's language. */
    private static final Locale SYSTEM_FORMAT = Locale.getDefault(Locale.Category.FORMAT);

    static {
        Localization.onUiChange(UiLanguage::apply);
        apply(Localization.ui());
    }

    private UiLanguage() {
    }

    /** Makes sure the window's language and JavaFX's formats follow {@link Localization#setUi} from now on. */
    static void install() {
        // Loading the class is the work: the static block registers and applies the language.
    }

    /**
     * Follows a change of language, including in the formats JavaFX's own controls take from the default
     * locale (the DatePicker's month and weekday names): Finnish for a Finnish window, the system's own
     * formats while the window speaks the system's language. Files never depend on the default locale.
     */
    private static void apply(Locale language) {
        LANGUAGE.set(language);
        Locale formats = Localization.supported(SYSTEM_FORMAT).equals(language) ? SYSTEM_FORMAT
                : language.equals(Localization.FINNISH) ? Locale.of("fi", "FI") : Locale.US;
        Locale.setDefault(Locale.Category.FORMAT, formats);
    }

    /** The language the window speaks now. */
    public static ReadOnlyObjectProperty<Locale> property() {
        return LANGUAGE.getReadOnlyProperty();
    }

    /** {@code text} in the user-interface language, put into words again when either changes; "" for none. */
    public static StringBinding of(ObservableValue<Text> text) {
        return Bindings.createStringBinding(() -> {
            Text t = text.getValue();
            return t == null ? "" : t.in(LANGUAGE.get());
        }, text, LANGUAGE);
    }
}
