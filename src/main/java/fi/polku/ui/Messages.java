package fi.polku.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-visible string of the app, from {@code fi/polku/ui/messages*.properties} for the default locale. */
public final class Messages {
    private static final String BUNDLE = "fi.polku.ui.messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /** The text for a key; a missing key shows as {@code !key!} so that it is noticed, never as a crash. */
    public static String get(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The text for a key with {@link MessageFormat} arguments, e.g. {@code {0} touchpoints}. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }

    /** The display name of an enum constant, from the key {@code EnumSimpleName.CONSTANT}. */
    public static String of(Enum<?> value) {
        return value == null ? get("value.notSet") : get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
