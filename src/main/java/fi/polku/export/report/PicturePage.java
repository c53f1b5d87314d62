package fi.polku.export.report;

import fi.polku.render.Picture;

/**
 * An A4 landscape page with a section title and a {@link Picture} (a chart, or any drawing) scaled to fit the
 * room below it, centred across the page, never enlarged beyond {@link #MAX_ENLARGEMENT}×. Landscape, because
 * the charts are slides (16:9) whose labels need the width.
 */
final class PicturePage implements ReportPage {
    static final double MAX_ENLARGEMENT = 1.5;

    private final ReportSheet sheet;
    private final SectionTitle title;
    private final String section;
    private final Picture picture;

    PicturePage(ReportContext context, String section, Picture picture) {
        this.sheet = context.sheet();
        this.title = new SectionTitle(section, context.sheet().contentWidth(), context.accent());
        this.section = section;
        this.picture = picture;
    }

    /** The room a picture has on such a page, in points: width, height. */
    static double[] room(ReportContext context, String section) {
        SectionTitle t = new SectionTitle(section, context.sheet().contentWidth(), context.accent());
        ReportSheet sheet = context.sheet();
        return new double[] {sheet.pictureWidth() - 2 * ReportLook.MARGIN,
                sheet.pictureHeight() - ReportLook.FOOTER - ReportLook.CONTENT_TOP - titleHeight(sheet, t)};
    }

    /**
     * A slide leaves out the section title above a chart: the running header names the section and the chart
     * has its own title, and on a 16:9 slide the height is what a chart needs most.
     */
    private static double titleHeight(ReportSheet sheet, SectionTitle title) {
        return sheet.slide() ? 0 : title.height();
    }

    @Override
    public double width() {
        return sheet.pictureWidth();
    }

    @Override
    public double height() {
        return sheet.pictureHeight();
    }

    @Override
    public void paint(PageCanvas canvas) {
        canvas.frame(section);
        if (!sheet.slide()) {
            title.paint(canvas.painter(), ReportLook.MARGIN, ReportLook.CONTENT_TOP);
        }
        double top = ReportLook.CONTENT_TOP + titleHeight(sheet, title);
        double w = width() - 2 * ReportLook.MARGIN;
        double h = height() - ReportLook.FOOTER - top;
        if (picture.width() <= 0 || picture.height() <= 0) {
            return;
        }
        double scale = Math.min(MAX_ENLARGEMENT, Math.min(w / picture.width(), h / picture.height()));
        double x = ReportLook.MARGIN + (w - picture.width() * scale) / 2;
        canvas.painter().picture(picture, x, top, scale);
    }
}
