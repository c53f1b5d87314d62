package fi.polku.layout;

/**
 * The sizes and paddings of a drawn map, in map units (1 unit = 1 px at 100 % zoom). Sizes decide the
 * layout; colours do not, so a change of palette never moves a card.
 *
 * @param lineWidth the width of the map's lines (grid, card borders, connections, the emotion curve) as a
 *                  multiple of the standard width
 */
public record ThemeSizes(
        double laneHeaderWidth, double stageHeaderMinHeight, double stageMinWidth, double laneMinHeight,
        double emotionLaneHeight, double cellPadding, double cardGap, double cardWidth, double cardPadding,
        double cardRadius, int titleMaxLines, double titleSize, double headerSize, double smallSize,
        double footerHeight, int stackLimit, double lineWidth) {

    /** The sizes used on screen and in exports. */
    public static ThemeSizes standard() {
        return new ThemeSizes(
                170, 44, 232, 84,
                150, 12, 10, 208, 10,
                6, 4, 12.5, 14, 10.5,
                22, 4, 1);
    }

    /**
     * Projector mode: card text, headers and small print about 30 % larger and lines twice as thick, so that
     * the back row of a room can read the map. Cards and columns grow less than the text (about 13 %), so
     * that the text is larger against the map even when the map is fitted to the window, while a title
     * still takes only a line or so more.
     */
    public static ThemeSizes projector() {
        return new ThemeSizes(
                196, 52, 256, 96,
                170, 12, 10, 236, 11,
                7, 4, 16, 17.5, 13,
                26, 4, 2);
    }
}
