package fi.polku.layout;

/**
 * Measures text in the map's font so that layout can wrap titles without a display. Every backend
 * (screen, SVG, PDF, PNG) draws with the same font, so one measurer makes wrapping identical everywhere.
 */
public interface TextMeasurer {
    /** Advance width of {@code text} in pixels at {@code size} pixels. */
    double width(String text, FontFace face, double size);

    /** Advance width of one code point; measurers with a per-character table override this to avoid garbage. */
    default double advance(int codePoint, FontFace face, double size) {
        return width(new String(Character.toChars(codePoint)), face, size);
    }

    /** Distance from the baseline up to the top of the tallest glyphs, positive. */
    double ascent(FontFace face, double size);

    /** Distance from the baseline down to the bottom of descenders, positive. */
    double descent(FontFace face, double size);

    /** Baseline-to-baseline distance for consecutive lines. */
    default double lineHeight(FontFace face, double size) {
        return ascent(face, size) + descent(face, size);
    }
}
