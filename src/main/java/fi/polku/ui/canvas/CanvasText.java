package fi.polku.ui.canvas;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The canvas's texts from the app's bundle ({@code fi/polku/ui/messages*.properties}), read here rather
 * than through {@code fi.polku.ui.Messages} so that the canvas does not depend on the window package.
 */
final class CanvasText {
    private static final String BUNDLE = "fi.polku.ui.messages";

    private CanvasText() {
    }

    /** The text for a key with {@link MessageFormat} arguments; a missing key shows as {@code !key!}. */
    static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
