package fi.polku.layout;

import fi.polku.metrics.TargetStatus;

/**
 * The colours of a drawn map, as ARGB ints (0xAARRGGBB). The status colours are Okabe–Ito hues, tuned per
 * palette, so that they stay distinguishable with colour-vision deficiencies; PaletteColourVisionTest and
 * PaletteContrastTest hold every palette to that and to WCAG AA text contrast.
 *
 * @param surround     the canvas round the map, on screen only
 * @param findRing     the ring round the cards a find matched
 * @param voteFill     a dot-voting badge; {@code voteInk} is its dots and count
 * @param picked       the cards being picked for an opportunity
 */
public record Palette(
        int background, int gridLine, int stageHeaderFill, int stageHeaderText, int laneHeaderFill,
        int laneHeaderText, int laneHeaderSubText, int cardFill, int cardBorder, int cardText, int mutedText,
        int starFill, int starEmpty, int evidenceInk, int emotionCurve, int emotionZero, int connection,
        int selection, int focus, int dropIndicator, int rubberBandFill,
        int statusBelow, int statusAt, int statusAbove, int statusNone,
        int surround, int findRing, int voteFill, int voteInk, int picked) {

    /** The calm light look, used on screen by default and in every export. */
    public static Palette light() {
        return new Palette(
                0xFFF6F7F9, 0xFFDDE1E7, 0xFF2E3A4F, 0xFFFFFFFF, 0xFFECEFF3,
                0xFF1F2933, 0xFF5B6675, 0xFFFFFFFF, 0xFFC5CCD6, 0xFF1F2933, 0xFF5B6675,
                0xFF3E4A5C, 0xFFCBD2DB, 0xFF3E4A5C, 0xFF0072B2, 0xFF9AA5B1, 0xFF7B8794,
                0xFF0072B2, 0xFF1A73E8, 0xFF0072B2, 0x220072B2,
                0xFFD55E00, 0xFFE69F00, 0xFF009E73, 0xFF999999,
                0xFFE6E9EE, 0xFFF0B400, 0xFF7B2CBF, 0xFFFFFFFF, 0xFFCC79A7);
    }

    /**
     * The dark look, on the greys of the AtlantaFX Primer Dark window so that map and window read as one:
     * cards are raised a step above the background, and the status and accent hues are lifted in
     * lightness so that they keep their distance from the dark card (and from each other) for every eye.
     */
    public static Palette dark() {
        return new Palette(
                0xFF0D1117, 0xFF30363D, 0xFF263447, 0xFFF0F6FC, 0xFF161B22,
                0xFFE6EDF3, 0xFFA3ADB8, 0xFF1C2330, 0xFF3D4654, 0xFFE6EDF3, 0xFFA3ADB8,
                0xFFD0D7DE, 0xFF454E5C, 0xFFC9D1D9, 0xFF56B4E9, 0xFF5A6370, 0xFF8B949E,
                0xFF58A6FF, 0xFF79C0FF, 0xFF58A6FF, 0x3358A6FF,
                0xFFF26B21, 0xFFF0C419, 0xFF1FB589, 0xFF7D8590,
                0xFF010409, 0xFFF0B400, 0xFF8250DF, 0xFFFFFFFF, 0xFFE28FC0);
    }

    /**
     * For a washed-out projector: near-black on white, dark lines and borders that survive a bright room,
     * and saturated status colours that differ in lightness as well as hue, which is what still tells them
     * apart when the projector (or the eye) loses the hue.
     */
    public static Palette highContrast() {
        return new Palette(
                0xFFFFFFFF, 0xFF595959, 0xFF000000, 0xFFFFFFFF, 0xFFF0F0F0,
                0xFF000000, 0xFF262626, 0xFFFFFFFF, 0xFF000000, 0xFF000000, 0xFF333333,
                0xFF000000, 0xFF9E9E9E, 0xFF000000, 0xFF0047AB, 0xFF595959, 0xFF333333,
                0xFF0047AB, 0xFF0047AB, 0xFF0047AB, 0x330047AB,
                0xFFD92B00, 0xFFFFB000, 0xFF00734F, 0xFF8C8C8C,
                0xFFB8B8B8, 0xFFFFB000, 0xFF6A1B9A, 0xFFFFFFFF, 0xFFE0409A);
    }

    /** This palette with another background, e.g. a transparent one for an export laid over a slide. */
    public Palette withBackground(int argb) {
        return new Palette(argb, gridLine, stageHeaderFill, stageHeaderText, laneHeaderFill, laneHeaderText,
                laneHeaderSubText, cardFill, cardBorder, cardText, mutedText, starFill, starEmpty, evidenceInk,
                emotionCurve, emotionZero, connection, selection, focus, dropIndicator, rubberBandFill,
                statusBelow, statusAt, statusAbove, statusNone, surround, findRing, voteFill, voteInk, picked);
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

    /**
     * What a find did not match is veiled in the background colour, so the matches stand out; taken from
     * the background rather than kept apart, so that a dark map is veiled in dark.
     */
    public int findVeil() {
        return withAlpha(background, 0x8C);
    }

    /** {@code argb} with another alpha (0..255). */
    public static int withAlpha(int argb, int alpha) {
        return (alpha << 24) | (argb & 0x00FFFFFF);
    }
}
