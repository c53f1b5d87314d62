package fi.polku.layout;

/**
 * Sizes, paddings, fonts and colours of a drawn map. Colours are ARGB ints (0xAARRGGBB).
 * The status palette is Okabe–Ito so that it is distinguishable with colour-vision deficiencies.
 */
public record Theme(
        double laneHeaderWidth, double stageHeaderMinHeight, double stageMinWidth, double laneMinHeight,
        double emotionLaneHeight, double cellPadding, double cardGap, double cardWidth, double cardPadding,
        double cardRadius, int titleMaxLines, double titleSize, double headerSize, double smallSize,
        double footerHeight, int stackLimit,
        int background, int gridLine, int stageHeaderFill, int stageHeaderText, int laneHeaderFill,
        int laneHeaderText, int laneHeaderSubText, int cardFill, int cardBorder, int cardText, int mutedText,
        int starFill, int starEmpty, int evidenceInk, int emotionCurve, int emotionZero, int connection,
        int selection, int focus, int dropIndicator, int rubberBandFill,
        int statusBelow, int statusAt, int statusAbove, int statusNone) {

    /** The calm default look used on screen and in exports. */
    public static Theme standard() {
        return new Theme(
                170, 44, 232, 84,
                150, 12, 10, 208, 10,
                6, 4, 12.5, 14, 10.5,
                22, 4,
                0xFFF6F7F9, 0xFFDDE1E7, 0xFF2E3A4F, 0xFFFFFFFF, 0xFFECEFF3,
                0xFF1F2933, 0xFF5B6675, 0xFFFFFFFF, 0xFFC5CCD6, 0xFF1F2933, 0xFF5B6675,
                0xFF3E4A5C, 0xFFCBD2DB, 0xFF3E4A5C, 0xFF0072B2, 0xFF9AA5B1, 0xFF7B8794,
                0xFF0072B2, 0xFF1A73E8, 0xFF0072B2, 0x220072B2,
                0xFFD55E00, 0xFFE69F00, 0xFF009E73, 0xFF999999);
    }

    /** The colour of a target status. */
    public int statusColour(TargetStatus status) {
        return switch (status) {
            case BELOW -> statusBelow;
            case AT -> statusAt;
            case ABOVE -> statusAbove;
            case NO_TARGET -> statusNone;
        };
    }
}
