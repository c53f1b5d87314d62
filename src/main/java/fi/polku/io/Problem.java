package fi.polku.io;

import fi.polku.text.Localization;
import fi.polku.text.Text;

import java.util.Locale;

/**
 * One located problem in a file. {@code line} and {@code column} are 1-based, or 0 when unknown;
 * {@code path} is a JSON path such as {@code $.touchpoints[3].importance}, or empty. The message is a
 * key plus arguments, put into words in the reader's language only when shown.
 */
public record Problem(String file, int line, int column, String path, Text message) {
    public Problem {
        file = file == null ? "" : file;
        path = path == null ? "" : path;
    }

    /** One line for a reader of {@code locale}: {@code file:line:col: message}, or {@code file: message at $.path}. */
    public String in(Locale locale) {
        String words = message.in(locale);
        if (line > 0) {
            return file + ":" + line + ":" + column + ": " + words;
        }
        if (path.isEmpty()) {
            return file + ": " + words;
        }
        return file + ": " + Localization.format(locale, "io.problem.atPath", words, path);
    }

    /** The located line in the user-interface language. */
    @Override
    public String toString() {
        return in(Localization.ui());
    }
}
