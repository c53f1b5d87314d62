package fi.polku.export.report;

import fi.polku.export.ExportOptions;
import fi.polku.export.ExportPicture;
import fi.polku.export.ExportProblem;
import fi.polku.export.PageLayout;
import fi.polku.export.PosterTiling;
import fi.polku.layout.Rect;
import fi.polku.model.JourneyMap;

import java.util.ArrayList;
import java.util.List;

/**
 * The journey map on a landscape sheet (A4 or A3), fitted; on A3 a map too large to read fitted is followed
 * by detail sheets at natural size, in the order the poster export tiles it.
 */
final class MapPages implements ReportPage {
    /** More detail sheets than this are left out: the fitted sheet and the app serve such a map better. */
    static final int MAX_DETAIL_SHEETS = 12;

    private final ExportPicture picture;
    private final PageLayout paper;
    private final Rect visible;
    private final Rect sheet;
    private final String label;

    /**
     * @param visible the part of the picture this page shows
     * @param sheet   the part a whole sheet holds: the fitted page is centred, detail sheets all share one
     *                scale and start at their top-left corner, so that neighbouring sheets line up
     */
    private MapPages(ExportPicture picture, PageLayout paper, Rect visible, Rect sheet, String label) {
        this.picture = picture;
        this.paper = paper;
        this.visible = visible;
        this.sheet = sheet;
        this.label = label;
    }

    static ReportSection section(ReportContext context) {
        if (context.sheet().slide()) {
            return MapSlides.section(context);
        }
        JourneyMap map = context.map();
        // The running header carries the title; the legend explains the colours and marks.
        ExportOptions options = ExportOptions.defaults(map).withHeader(null);
        ExportPicture picture = ExportPicture.of(map, options);
        PageLayout paper = context.mapPaper();
        String title = context.text().get("report.section.map");
        List<ReportPage> pages = new ArrayList<>();
        Rect whole = new Rect(0, 0, picture.width(), picture.height());
        pages.add(new MapPages(picture, paper, whole, whole, title));
        PosterTiling tiling = null;
        // On A3 a map too large to read fitted follows as a poster; A4 detail sheets would be too many to be useful.
        if (paper == PageLayout.A3) {
            try {
                tiling = PosterTiling.of(paper, picture.width(), picture.height());
            } catch (ExportProblem tooManySheets) {
                tiling = null;
            }
        }
        if (tiling != null && tiling.poster() && tiling.tiles().size() <= MAX_DETAIL_SHEETS) {
            for (PosterTiling.Tile t : tiling.tiles()) {
                String label = context.text().get("report.map.detail", title, t.row() + 1, tiling.rows(),
                        t.column() + 1, tiling.columns());
                double w = Math.min(t.w(), picture.width() - t.x());
                double h = Math.min(t.h(), picture.height() - t.y());
                pages.add(new MapPages(picture, paper, new Rect(t.x(), t.y(), w, h), new Rect(t.x(), t.y(), t.w(), t.h()),
                        label));
            }
        }
        return new ReportSection(title, pages, true);
    }

    @Override
    public double width() {
        return paper.widthPt();
    }

    @Override
    public double height() {
        return paper.heightPt();
    }

    @Override
    public void paint(PageCanvas canvas) {
        canvas.frame(label);
        double areaX = ReportLook.MARGIN;
        double areaY = ReportLook.CONTENT_TOP - 8;
        double areaW = width() - 2 * ReportLook.MARGIN;
        double areaH = height() - ReportLook.FOOTER - areaY;
        double scale = Math.min(PosterTiling.NATURAL * PosterTiling.MAX_ENLARGEMENT,
                Math.min(areaW / sheet.w(), areaH / sheet.h()));
        double x = areaX + (areaW - sheet.w() * scale) / 2;
        double y = areaY + (areaH - sheet.h() * scale) / 2;
        var p = canvas.painter();
        p.pushClip(x, y, visible.w() * scale, visible.h() * scale);
        p.pushTransform(x - visible.x() * scale, y - visible.y() * scale, scale);
        picture.paint(p, visible);
        p.popTransform();
        p.popClip();
    }
}
