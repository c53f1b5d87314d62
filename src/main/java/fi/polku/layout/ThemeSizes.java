package fi.polku.layout;

/**
 * The sizes and paddings of a drawn map, in map units (1 unit = 1 px at 100 % zoom). Sizes decide the
 * layout; colours do not, so a change of palette never moves a card.
 */
public record ThemeSizes(
        double laneHeaderWidth, double stageHeaderMinHeight, double stageMinWidth, double laneMinHeight,
        double emotionLaneHeight, double cellPadding, double cardGap, double cardWidth, double cardPadding,
        double cardRadius, int titleMaxLines, double titleSize, double headerSize, double smallSize,
        double footerHeight, int stackLimit) {

    /** The sizes used on screen and in exports. */
    public static ThemeSizes standard() {
        return new ThemeSizes(
                170, 44, 232, 84,
                150, 12, 10, 208, 10,
                6, 4, 12.5, 14, 10.5,
                22, 4);
    }
}
