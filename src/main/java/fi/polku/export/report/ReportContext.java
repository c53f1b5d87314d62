package fi.polku.export.report;

import fi.polku.export.PageLayout;
import fi.polku.model.Brand;
import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;

import java.time.LocalDate;

/**
 * What every page of one report shares: the map, its words, the brand's accent and logo, the date the report
 * is made on and the paper of the map pages.
 */
record ReportContext(JourneyMap map, ReportText text, int accent, LocalDate date, PageLayout mapPaper) {
    static ReportContext of(JourneyMap map, ReportOptions options) {
        return new ReportContext(map, new ReportText(Localization.ofTag(map.language())),
                ReportLook.accent(map.brand()), options.date(), options.mapPaper());
    }

    Brand brand() {
        return map.brand();
    }

    /** The map's title, or the words for an untitled map. */
    String title() {
        return map.title().isBlank() ? text.get("report.untitled") : map.title();
    }
}
