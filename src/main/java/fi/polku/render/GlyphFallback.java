package fi.polku.render;

import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Replaces typographic characters the bundled font lacks by the plain ones it has (the minus sign by a
 * hyphen-minus), so "−3" prints as "-3" instead of a missing-glyph box.
 */
public final class GlyphFallback {
    private static final Map<Integer, String> PLAIN = Map.of(
            0x2212, "-", 0x2011, "-", 0x2010, "-", 0x00A0, " ", 0x202F, " ", 0x2009, " ");

    private GlyphFallback() {
    }

    /** The text with each listed character the font lacks replaced by its plain form. */
    public static String apply(String text, IntPredicate fontHas) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String plain = PLAIN.get(cp);
            if (plain != null && !fontHas.test(cp)) {
                if (b == null) {
                    b = new StringBuilder(text.length()).append(text, 0, i);
                }
                b.append(plain);
            } else if (b != null) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b == null ? text : b.toString();
    }
}
