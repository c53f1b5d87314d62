package fi.polku.export.report;

import fi.polku.export.PageLayout;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How a report is made.
 *
 * @param mapPaper the landscape sheet of the map pages, A4 or A3; a map too large to read fitted on one sheet
 *                 gets detail sheets after the fitted one
 * @param date     the date printed on the cover and in the footers
 */
public record ReportOptions(PageLayout mapPaper, LocalDate date) {
    public ReportOptions {
        mapPaper = mapPaper == null || mapPaper == PageLayout.FIT ? PageLayout.A4 : mapPaper;
        date = date == null ? LocalDate.now(ZoneOffset.UTC) : date;
    }

    /** A4 map pages, dated today. */
    public static ReportOptions defaults() {
        return new ReportOptions(PageLayout.A4, null);
    }
}
