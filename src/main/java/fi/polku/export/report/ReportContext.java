package fi.polku.export.report;

import fi.polku.export.PageLayout;
import fi.polku.model.Brand;
import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;

import java.time.LocalDate;

/**
 * What every page of one report shares: the map, its words, the brand's accent and logo, the date the report
 * is made on, the paper of the map pages and the sheets the rest is laid out on.
 */
record ReportContext(JourneyMap map, ReportText text, int accent, LocalDate date, PageLayout mapPaper,
                     ReportSheet sheet) {
    /** The PDF report's context: text on A4 portrait, charts and the map on landscape sheets. */
    static ReportContext of(JourneyMap map, ReportOptions options) {
        return of(map, options, ReportSheet.A4);
    }

    static ReportContext of(JourneyMap map, ReportOptions options, ReportSheet sheet) {
        return new ReportContext(map, new ReportText(Localization.ofTag(map.language())),
                ReportLook.accent(map.brand()), options.date(), options.mapPaper(), sheet);
    }

    Brand brand() {
        return map.brand();
    }

    /** The map's title, or the words for an untitled map. */
    String title() {
        return map.title().isBlank() ? text.get("report.untitled") : map.title();
    }
}
