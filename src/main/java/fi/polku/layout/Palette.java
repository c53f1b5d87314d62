package fi.polku.layout;

import fi.polku.metrics.TargetStatus;

/**
 * The colours of a drawn map, as ARGB ints (0xAARRGGBB). The status colours are Okabe–Ito so that they stay
 * distinguishable with colour-vision deficiencies.
 */
public record Palette(
        int background, int gridLine, int stageHeaderFill, int stageHeaderText, int laneHeaderFill,
        int laneHeaderText, int laneHeaderSubText, int cardFill, int cardBorder, int cardText, int mutedText,
        int starFill, int starEmpty, int evidenceInk, int emotionCurve, int emotionZero, int connection,
        int selection, int focus, int dropIndicator, int rubberBandFill,
        int statusBelow, int statusAt, int statusAbove, int statusNone) {

    /** The calm light look, used on screen by default and in every export. */
    public static Palette light() {
        return new Palette(
                0xFFF6F7F9, 0xFFDDE1E7, 0xFF2E3A4F, 0xFFFFFFFF, 0xFFECEFF3,
                0xFF1F2933, 0xFF5B6675, 0xFFFFFFFF, 0xFFC5CCD6, 0xFF1F2933, 0xFF5B6675,
                0xFF3E4A5C, 0xFFCBD2DB, 0xFF3E4A5C, 0xFF0072B2, 0xFF9AA5B1, 0xFF7B8794,
                0xFF0072B2, 0xFF1A73E8, 0xFF0072B2, 0x220072B2,
                0xFFD55E00, 0xFFE69F00, 0xFF009E73, 0xFF999999);
    }

    /** This palette with another background, e.g. a transparent one for an export laid over a slide. */
    public Palette withBackground(int argb) {
        return new Palette(argb, gridLine, stageHeaderFill, stageHeaderText, laneHeaderFill, laneHeaderText,
                laneHeaderSubText, cardFill, cardBorder, cardText, mutedText, starFill, starEmpty, evidenceInk,
                emotionCurve, emotionZero, connection, selection, focus, dropIndicator, rubberBandFill,
                statusBelow, statusAt, statusAbove, statusNone);
    }

    /**
     * The intended-feeling curve and its names: the ink of the map's marks, drawn dashed beside the
     * experienced curve's own colour. Derived rather than a field of its own so that every palette has it
     * and its text contrast is that of the marks, which each palette keeps readable.
     */
    public int intendedCurve() {
        return evidenceInk;
    }

    /** The colour of a target status. */
    public int statusColour(TargetStatus status) {
        return switch (status) {
            case BELOW -> statusBelow;
            case AT -> statusAt;
            case ABOVE -> statusAbove;
            case NO_TARGET, NOT_MEASURED -> statusNone;
        };
    }
}
