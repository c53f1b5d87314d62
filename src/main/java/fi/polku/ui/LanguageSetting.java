package fi.polku.ui;

import fi.polku.text.Localization;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * The user-interface language setting: the language the user chose in Preferences, or the operating
 * system's language until they choose one, so that a start follows the computer until told otherwise.
 */
public final class LanguageSetting {
    private static final String KEY = "ui.language";

    private LanguageSetting() {
    }

    /** The chosen language, else the one Polku speaks for the system's locale. */
    public static Locale stored(Preferences preferences) {
        String tag = preferences.get(KEY, null);
        return Localization.supported(tag == null ? Locale.getDefault() : Locale.forLanguageTag(tag));
    }

    /**
     * The name of a language in another, capitalised as the start of a choice: "Finnish", "Suomi", "Englanti".
     * The JDK knows the names; a language without one is shown as its tag.
     */
    public static String name(Locale language, Locale in) {
        String name = language.getDisplayLanguage(in);
        return name.isEmpty() ? language.toLanguageTag() : name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }

    /** Remembers the choice and switches the open windows to it. */
    public static void choose(Preferences preferences, Locale language) {
        Locale supported = Localization.supported(language);
        preferences.put(KEY, supported.toLanguageTag());
        Localization.setUi(supported);
    }
}
