package fi.polku.render.chart;

import fi.polku.layout.FontFace;

/**
 * The sizes, colours and fonts every analysis chart shares: legible on a projector at the default size
 * (a 16:9 slide picture), Noto Sans only, colours that keep their meaning in black-and-white print too
 * (every coloured mark also carries its number).
 */
public final class ChartStyle {
    /** The default picture size: a 16:9 slide. */
    public static final double WIDTH = 1200;
    public static final double HEIGHT = 675;

    static final double MARGIN = 32;
    static final double TITLE_SIZE = 24;
    static final double SUBTITLE_SIZE = 15;
    static final double LABEL_SIZE = 15;
    static final double VALUE_SIZE = 16;
    static final double SMALL_SIZE = 13;
    static final FontFace TITLE_FACE = FontFace.BOLD;

    static final int BACKGROUND = 0xFFFFFFFF;
    static final int INK = 0xFF202124;
    static final int TEXT = 0xFF3C4043;
    static final int MUTED = 0xFF5F6368;
    static final int GRID = 0xFFE3E6EA;
    static final int AXIS = 0xFF9AA0A6;
    static final int TRACK = 0xFFECEFF1;
    static final int BAD = 0xFFC62828;
    static final int FAIR = 0xFFE37400;
    static final int GOOD = 0xFF2E7D32;
    static final int BAR = 0xFF1565C0;
    static final int HIGHLIGHT = 0x331565C0;
    static final int WARNING = 0xFFB45309;
    static final int NEGATIVE_BAND = 0xFFFDF3F3;
    static final int POSITIVE_BAND = 0xFFF1F8F1;

    private ChartStyle() {
    }

    /** Red below 50, amber to 75, green above: the usual reading of a 0–100 experience score. */
    public static int scoreColour(double score) {
        return score < 50 ? BAD : score < 75 ? FAIR : GOOD;
    }

    /** A colour as CSS "#rrggbb", for the window's own controls beside a chart. */
    public static String css(int argb) {
        return String.format("#%06x", argb & 0xFFFFFF);
    }
}
