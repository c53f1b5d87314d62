package fi.polku.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Words to be shown, kept as a message key and its arguments until they are shown, so that one value
 * (an undo step, a file problem, an import error, a legend) reads in whichever language shows it.
 * Arguments may be texts themselves; they are put into words in the same language.
 */
public record Text(String key, List<Object> args) {
    public Text {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a text needs a key");
        }
        // Arrays.asList keeps null arguments, which MessageFormat shows as "null" only if a bundle asks.
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    /** The text of {@code key} with {@link java.text.MessageFormat} arguments. */
    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** The words in {@code locale}. */
    public String in(Locale locale) {
        return Localization.format(locale, key, args.toArray());
    }

    /** The words in the user-interface language; for logs and messages that have no other reader. */
    @Override
    public String toString() {
        return in(Localization.ui());
    }
}
