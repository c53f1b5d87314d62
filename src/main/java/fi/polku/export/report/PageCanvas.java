package fi.polku.export.report;

import fi.polku.render.Painter;
import fi.polku.layout.FontFace;
import fi.polku.layout.Rect;
import fi.polku.layout.TextMeasurer;
import fi.polku.layout.TextWrapper;
import fi.polku.model.Logo;
import fi.polku.render.FontMetricsTable;
import fi.polku.render.LogoImage;

/**
 * The surface one report page paints on: a {@link Painter} in points with y down, the page's number among
 * all pages, and the running header (accent band, map title, section) and footer (date, page number) that
 * every page but the cover carries.
 */
final class PageCanvas {
    static final TextMeasurer MEASURER = FontMetricsTable.shared();
    static final TextWrapper WRAPPER = new TextWrapper(MEASURER);
    /** The running header's logo box, in points: small beside the header line. */
    private static final double HEADER_LOGO_W = 60;
    private static final double HEADER_LOGO_H = 14;

    private final Painter painter;
    private final ReportContext context;
    private final double width;
    private final double height;
    private final int number;
    private final int total;

    PageCanvas(Painter painter, ReportContext context,
               double width, double height, int number, int total) {
        this.painter = painter;
        this.context = context;
        this.width = width;
        this.height = height;
        this.number = number;
        this.total = total;
    }

    Painter painter() {
        return painter;
    }

    ReportContext context() {
        return context;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** The accent band, the map's title and the section on the left and right above, date and page number below. */
    void frame(String section) {
        ReportText text = context.text();
        boolean slide = context.sheet().slide();
        if (!slide) {
            // A slide's master carries the band and the logo, so that a slide added in PowerPoint has them too.
            painter.fillRect(0, 0, width, ReportLook.BAND, context.accent());
        }
        double m = ReportLook.MARGIN;
        double size = ReportLook.SMALL_SIZE;
        String right = WRAPPER.truncate(section, FontFace.BOLD, size, (width - 2 * m) * 0.45);
        double rightWidth = MEASURER.width(right, FontFace.BOLD, size);
        double leftX = m + headerLogo(!slide);
        String left = WRAPPER.truncate(context.title(), FontFace.REGULAR, size, width - m - leftX - rightWidth - 24);
        painter.text(left, leftX, ReportLook.HEADER_BASELINE, FontFace.REGULAR, size, ReportLook.MUTED);
        painter.text(right, width - m - rightWidth, ReportLook.HEADER_BASELINE, FontFace.BOLD, size,
                context.accent());
        painter.line(m, ReportLook.HEADER_BASELINE + 8, width - m, ReportLook.HEADER_BASELINE + 8, ReportLook.RULE,
                0.6);
        double foot = height - ReportLook.FOOTER / 2 + 3;
        painter.text(text.get("report.footer.date", text.date(context.date())), m, foot, FontFace.REGULAR, size,
                ReportLook.MUTED);
        String page = text.get("report.footer.page", number, total);
        painter.text(page, width - m - MEASURER.width(page, FontFace.REGULAR, size), foot, FontFace.REGULAR, size,
                ReportLook.MUTED);
    }

    /** Draws the brand's logo small at the left of the running header; gives the room it took, 0 without one. */
    private double headerLogo(boolean paint) {
        Rect box = headerLogoBox(context);
        if (box == null) {
            return 0;
        }
        if (paint) {
            painter.logo(context.brand().logo(), box.x(), box.y(), box.w(), box.h());
        }
        return box.w() + 8;
    }

    /** Where the running header's logo stands (a slide master puts it there too); null without a logo. */
    static Rect headerLogoBox(ReportContext context) {
        Logo logo = context.brand().logo();
        if (logo == null || !LogoImage.of(logo).usable()) {
            return null;
        }
        return LogoImage.of(logo).fit(ReportLook.MARGIN, ReportLook.HEADER_BASELINE - HEADER_LOGO_H + 3,
                HEADER_LOGO_W, HEADER_LOGO_H, 0);
    }

    /**
     * Draws a logo as large as fits in the box, keeping its proportions, right-aligned and vertically
     * centred, through the painter: an SVG logo stays vectors in the PDF.
     */
    void logo(Logo logo, double x, double y, double w, double h) {
        if (logo == null) {
            return;
        }
        Rect box = LogoImage.of(logo).fit(x, y, w, h, 1);
        painter.logo(logo, box.x(), box.y(), box.w(), box.h());
    }
}
