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

    static {
        Localization.onUiChange(LANGUAGE::set);
        LANGUAGE.set(Localization.ui());
    }

    private UiLanguage() {
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
