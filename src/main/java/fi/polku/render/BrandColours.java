package fi.polku.render;

import fi.polku.model.Brand;
import fi.polku.text.Text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The colours a brand brings to exports and the report, and the rule an accent must pass: text on an
 * accent band is {@link #HEADER_TEXT}, and an accent that would leave it below the WCAG 2 AA contrast of
 * {@link #MIN_CONTRAST}:1 is refused with the ratio, so a consultant's deliverable stays legible.
 */
public final class BrandColours {
    /** The text drawn on an accent band (report headers, cover): white. */
    public static final int HEADER_TEXT = 0xFFFFFFFF;
    /** The accent of a map without a brand: the map's own blue. */
    public static final int STANDARD_ACCENT = 0xFF0072B2;
    /** WCAG 2 level AA for normal text. */
    public static final double MIN_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private BrandColours() {
    }

    /** The accent to draw with: the brand's, or the standard one when it has none or it is not usable. */
    public static int accent(Brand brand) {
        if (brand == null || brand.accent() == null || accentProblem(brand.accent()).isPresent()) {
            return STANDARD_ACCENT;
        }
        return parse(brand.accent());
    }

    /**
     * Why {@code accent} cannot be a brand's accent: not a {@code #RRGGBB} colour, or too little contrast
     * with the header text; empty when it is fine.
     */
    public static Optional<Text> accentProblem(String accent) {
        if (accent == null || !HEX.matcher(accent.strip()).matches()) {
            return Optional.of(Text.of("brand.accent.notAColour", accent == null ? "" : accent.strip()));
        }
        double ratio = contrast(parse(accent.strip()), HEADER_TEXT);
        if (ratio < MIN_CONTRAST) {
            // Rounded down, so that a refused colour never reads as "4.5:1" against "at least 4.5:1".
            double shown = Math.floor(ratio * 10) / 10;
            return Optional.of(Text.of("brand.accent.lowContrast", shown, MIN_CONTRAST));
        }
        return Optional.empty();
    }

    /** {@code #RRGGBB} as an opaque ARGB colour; the text must match that form. */
    public static int parse(String hex) {
        return 0xFF000000 | Integer.parseInt(hex.strip().substring(1), 16);
    }

    /** An ARGB colour as {@code #RRGGBB} (upper case), the form a brand keeps. */
    public static String hex(int argb) {
        return String.format(Locale.ROOT, "#%06X", argb & 0xFFFFFF);
    }

    /** The WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white). */
    public static double contrast(int argb1, int argb2) {
        double l1 = luminance(argb1);
        double l2 = luminance(argb2);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    /** WCAG 2 relative luminance of an sRGB colour. */
    static double luminance(int argb) {
        return 0.2126 * linear((argb >> 16) & 0xFF) + 0.7152 * linear((argb >> 8) & 0xFF)
                + 0.0722 * linear(argb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
