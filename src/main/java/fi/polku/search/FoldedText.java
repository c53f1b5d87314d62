package fi.polku.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text folded for matching: lower case (Locale.ROOT) without accents, so that "paatos" finds "Lainapäätös"
 * and "kassajono" finds "Kassajono".
 */
public final class FoldedText {
    private FoldedText() {
    }

    /** The text in lower case, each letter without its combining marks (ä → a, é → e, Å → a). */
    public static String fold(String text) {
        if (isAscii(text)) {
            // Most titles are plain ASCII: no decomposition needed, and lower-casing is a cheap pass.
            return text.toLowerCase(Locale.ROOT);
        }
        // Lower case first: a few capitals lower to a letter plus a mark (İ → i + dot above), stripped next.
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!isMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The query's words, folded; blank text has none. */
    public static List<String> words(String query) {
        List<String> out = new ArrayList<>();
        for (String word : fold(query).split("[\\s\\p{Z}]+")) {
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
