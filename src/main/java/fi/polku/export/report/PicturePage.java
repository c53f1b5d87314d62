package fi.polku.export.report;

import fi.polku.render.Picture;

/**
 * An A4 landscape page with a section title and a {@link Picture} (a chart, or any drawing) scaled to fit the
 * room below it, centred across the page, never enlarged beyond {@link #MAX_ENLARGEMENT}×. Landscape, because
 * the charts are slides (16:9) whose labels need the width.
 */
final class PicturePage implements ReportPage {
    static final double MAX_ENLARGEMENT = 1.5;

    private final SectionTitle title;
    private final String section;
    private final Picture picture;

    PicturePage(ReportContext context, String section, Picture picture) {
        this.title = new SectionTitle(section, FlowPages.contentWidth(), context.accent());
        this.section = section;
        this.picture = picture;
    }

    /** The room a picture has on such a page, in points: width, height. */
    static double[] room(ReportContext context, String section) {
        SectionTitle t = new SectionTitle(section, FlowPages.contentWidth(), context.accent());
        return new double[] {ReportLook.A4_HEIGHT - 2 * ReportLook.MARGIN,
                ReportLook.A4_WIDTH - ReportLook.FOOTER - ReportLook.CONTENT_TOP - t.height()};
    }

    @Override
    public double width() {
        return ReportLook.A4_HEIGHT;
    }

    @Override
    public double height() {
        return ReportLook.A4_WIDTH;
    }

    @Override
    public void paint(PageCanvas canvas) {
        canvas.frame(section);
        title.paint(canvas.painter(), ReportLook.MARGIN, ReportLook.CONTENT_TOP);
        double top = ReportLook.CONTENT_TOP + title.height();
        double w = width() - 2 * ReportLook.MARGIN;
        double h = height() - ReportLook.FOOTER - top;
        if (picture.width() <= 0 || picture.height() <= 0) {
            return;
        }
        double scale = Math.min(MAX_ENLARGEMENT, Math.min(w / picture.width(), h / picture.height()));
        double x = ReportLook.MARGIN + (w - picture.width() * scale) / 2;
        canvas.painter().pushTransform(x, top, scale);
        canvas.painter().pushClip(0, 0, picture.width(), picture.height());
        picture.paint(canvas.painter());
        canvas.painter().popClip();
        canvas.painter().popTransform();
    }
}
