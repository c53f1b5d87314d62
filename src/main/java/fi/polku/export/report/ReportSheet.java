package fi.polku.export.report;

/**
 * The sheets a report is laid out on, in points: the text pages (cover, contents, tables) and the picture
 * pages (charts). The PDF prints text on A4 portrait and charts on A4 landscape; a deck lays everything out
 * on one 16:9 sheet that the slide then scales up, and its slide master carries the accent band and the logo.
 */
record ReportSheet(double textWidth, double textHeight, double pictureWidth, double pictureHeight, boolean slide) {
    /** The PDF's A4 sheets. */
    static final ReportSheet A4 = new ReportSheet(ReportLook.A4_WIDTH, ReportLook.A4_HEIGHT, ReportLook.A4_HEIGHT,
            ReportLook.A4_WIDTH, false);
    /**
     * A 16:9 sheet three quarters of a slide's 960 × 540 points: laid out there and drawn at 4/3, the report's
     * 10 pt body text reads at about 13 pt on the slide, and a table still has the report's columns.
     */
    static final ReportSheet SLIDE = new ReportSheet(720, 405, 720, 405, true);

    /** The width between the margins of a text page. */
    double contentWidth() {
        return textWidth - 2 * ReportLook.MARGIN;
    }

    /** Where a text page's flowed content must end. */
    double contentBottom() {
        return textHeight - ReportLook.FOOTER;
    }
}
