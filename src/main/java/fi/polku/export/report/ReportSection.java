package fi.polku.export.report;

import java.util.List;

/**
 * A titled part of the report, starting on a page of its own: one bookmark in the outline and, when
 * {@code listed}, one line in the table of contents.
 */
record ReportSection(String title, List<ReportPage> pages, boolean listed) {
    ReportSection {
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a section needs at least one page");
        }
    }
}
