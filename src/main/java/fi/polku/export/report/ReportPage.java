package fi.polku.export.report;

/** One sheet of the report: its size in points and how it paints itself once every page number is known. */
interface ReportPage {
    /** The page's width in points: a text page, a chart's or the map's landscape sheet. */
    double width();

    double height();

    void paint(PageCanvas canvas);
}
