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
    /** Each BMP char's fold, filled in as chars are met. */
    private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];

    private FoldedText() {
    }

    /** The text in lower case, each letter without its combining marks (ä → a, é → e, Å → a). */
    public static String fold(String text) {
        // Lower case first, on the whole text (a Greek final sigma depends on its neighbours); a few capitals
        // lower to a letter plus a mark (İ → i + dot above), which the next step strips.
        String lower = text.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower; // most titles: nothing to decompose
        }
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else {
                out.append(foldedChar(c));
            }
        }
        return out.toString();
    }

    /**
     * One char decomposed (NFD) without its marks, remembered: a whole map folds in one pass without asking
     * the normaliser again for each ä. Char by char is the same as the whole text at once, because
     * decomposition works per char and the canonical reordering only moves marks, which are dropped anyway.
     * A surrogate passes through as it is (the few decomposable chars outside the BMP are not letters people
     * search for).
     */
    private static String foldedChar(char c) {
        String folded = FOLDED[c];
        if (folded == null) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder out = new StringBuilder(decomposed.length());
            for (int i = 0; i < decomposed.length(); i++) {
                if (!isMark(decomposed.charAt(i))) {
                    out.append(decomposed.charAt(i));
                }
            }
            folded = out.toString();
            FOLDED[c] = folded; // a benign race: every thread computes the same immutable string
        }
        return folded;
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
