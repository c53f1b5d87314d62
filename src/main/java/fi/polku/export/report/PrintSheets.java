package fi.polku.export.report;

import fi.polku.export.ExportOptions;
import fi.polku.export.ExportPicture;
import fi.polku.export.PageLayout;
import fi.polku.export.PdfExporter;
import fi.polku.export.PosterTiling;
import fi.polku.model.JourneyMap;
import fi.polku.render.Painter;
import fi.polku.text.Localization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The sheets of a printout on the PDF's page layout, each painted through any {@link Painter}: the map
 * fitted on one landscape A4 sheet as the map's PDF export lays it out, or the client report page by page as
 * its PDF has them. A printer paints them at its own resolution.
 */
public final class PrintSheets {
    /** One printed sheet: its size in points and how it paints itself, in points with y down. */
    public record Sheet(double width, double height, Consumer<Painter> paint) {
        public boolean landscape() {
            return width > height;
        }
    }

    private PrintSheets() {
    }

    /** The map on one A4 landscape sheet, fitted, as the PDF export lays it out by default. */
    public static List<Sheet> map(JourneyMap map) {
        ExportOptions options = ExportOptions.defaults(map);
        ExportPicture picture = ExportPicture.of(map, options);
        PosterTiling tiling = PosterTiling.of(PageLayout.A4, picture.width(), picture.height(), false);
        Locale language = Localization.ofTag(map.language());
        List<Sheet> sheets = new ArrayList<>();
        for (PosterTiling.Tile tile : tiling.tiles()) {
            sheets.add(new Sheet(tiling.pageWidth(), tiling.pageHeight(),
                    p -> PdfExporter.paintSheet(p, picture, tiling, tile, map.title(), language)));
        }
        return sheets;
    }

    /** The client report's pages, with the same cover, contents, sections and page numbers as its PDF. */
    public static List<Sheet> report(JourneyMap map, ReportOptions options) {
        ReportContext context = ReportContext.of(map, options);
        List<ReportSection> sections = ReportWriter.sections(context, new ContentsPage(context),
                ReportSections.make(context));
        int total = sections.stream().mapToInt(s -> s.pages().size()).sum();
        List<Sheet> sheets = new ArrayList<>();
        for (ReportSection s : sections) {
            for (ReportPage page : s.pages()) {
                int number = sheets.size() + 1;
                sheets.add(new Sheet(page.width(), page.height(),
                        p -> page.paint(new PageCanvas(p, context, page.width(), page.height(), number, total))));
            }
        }
        return sheets;
    }
}
