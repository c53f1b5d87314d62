package fi.polku.export.report;

import fi.polku.model.Brand;
import fi.polku.render.BrandColours;

/**
 * The report's page geometry, type sizes and colours, in PDF points (y down): one place, so that every page
 * has the same margins, the same running header and footer and the same type.
 */
final class ReportLook {
    /** A4 portrait, the sheet of every text page. */
    static final double A4_WIDTH = mm(210);
    static final double A4_HEIGHT = mm(297);
    static final double MARGIN = mm(20);
    /** The accent band across the top of every page but the cover. */
    static final double BAND = 6;
    /** Where the running header's baseline sits, and where the content starts below it. */
    static final double HEADER_BASELINE = 34;
    static final double CONTENT_TOP = 62;
    /** Room kept at the foot of a page for the page number. */
    static final double FOOTER = 46;

    static final double TITLE_SIZE = 19;
    static final double HEADING_SIZE = 12.5;
    static final double BODY_SIZE = 10;
    static final double TABLE_SIZE = 8.8;
    static final double SMALL_SIZE = 8;

    static final int INK = 0xFF1F2933;
    static final int MUTED = 0xFF5B6675;
    static final int RULE = 0xFFC5CCD6;
    static final int HEADER_FILL = 0xFFECEFF3;
    static final int ZEBRA = 0xFFF6F7F9;
    static final int WHITE = 0xFFFFFFFF;
    /** Small samples and other cautions: the status palette's amber, dark enough to read as text. */
    static final int CAUTION = 0xFFA45A00;

    private ReportLook() {
    }

    /** The brand's accent as ARGB, or the standard one, as the map export's header draws it. */
    static int accent(Brand brand) {
        return BrandColours.accent(brand);
    }

    static double mm(double millimetres) {
        return millimetres / 25.4 * 72;
    }
}
