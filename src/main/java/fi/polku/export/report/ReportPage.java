package fi.polku.export.report;

/** One sheet of the report: its size in points and how it paints itself once every page number is known. */
interface ReportPage {
    /** A4 portrait unless the page says otherwise (the map and the charts are landscape). */
    default double width() {
        return ReportLook.A4_WIDTH;
    }

    default double height() {
        return ReportLook.A4_HEIGHT;
    }

    void paint(PageCanvas canvas);
}
