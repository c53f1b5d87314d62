package fi.polku.export.report;

import fi.polku.export.ExportOptions;
import fi.polku.export.ExportPicture;
import fi.polku.layout.CardBox;
import fi.polku.layout.HeaderBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.Rect;
import fi.polku.model.JourneyMap;
import fi.polku.render.Painter;

import java.util.ArrayList;
import java.util.List;

/**
 * The journey map on the deck's slides: the whole map fitted on one slide; when its card titles would then
 * read smaller than {@link #READABLE_PT} on the slide, one more slide per group of neighbouring stages follows,
 * each with the lane names at its left, so that every card can be read (and edited) at a projector's size.
 * Splitting by stages rather than shrinking keeps each slide a piece of the journey the presenter can talk to.
 */
final class MapSlides implements ReportPage {
    /** Card titles smaller than this (slide points) cannot be read from a meeting room's back row. */
    static final double READABLE_PT = 8;
    /** The slide's points per laid-out point: the deck's sheet is three quarters of the slide. */
    static final double SLIDE_SCALE = 4.0 / 3;

    private final ReportSheet sheet;
    private final ExportPicture picture;
    /** The parts of the picture shown side by side: the whole picture, or the lane names and some stages. */
    private final List<Rect> pieces;
    private final String label;

    private MapSlides(ReportSheet sheet, ExportPicture picture, List<Rect> pieces, String label) {
        this.sheet = sheet;
        this.picture = picture;
        this.pieces = List.copyOf(pieces);
        this.label = label;
    }

    static ReportSection section(ReportContext context) {
        JourneyMap map = context.map();
        ExportPicture picture = ExportPicture.of(map, ExportOptions.defaults(map).withHeader(null));
        String title = context.text().get("report.section.map");
        List<ReportPage> pages = new ArrayList<>();
        ReportSheet sheet = context.sheet();
        pages.add(new MapSlides(sheet, picture, List.of(new Rect(0, 0, picture.width(), picture.height())), title));
        MapLayout layout = picture.layout();
        double titleSize = layout.cards().stream().findFirst().map(c -> c.title().size()).orElse(0.0);
        double[] area = area(sheet);
        double fitted = Math.min(area[2] / picture.width(), area[3] / picture.height());
        if (titleSize * fitted * SLIDE_SCALE >= READABLE_PT || layout.stageHeaders().size() < 2) {
            return new ReportSection(title, pages, true);
        }
        double[] origin = picture.mapOrigin();
        Rect corner = layout.cornerBox();
        Rect names = new Rect(0, origin[1], origin[0] + corner.w(), layout.bounds().h());
        double readable = READABLE_PT / (titleSize * SLIDE_SCALE);
        // The map's width that one slide shows readably beside the lane names, at most its height's share.
        double room = Math.max(1, Math.min(area[2] / readable, area[2] / area[3] * names.h()) - names.w());
        List<List<HeaderBox>> groups = new ArrayList<>();
        List<HeaderBox> group = new ArrayList<>();
        double width = 0;
        for (HeaderBox stage : layout.stageHeaders()) {
            if (!group.isEmpty() && width + stage.bounds().w() > room) {
                groups.add(group);
                group = new ArrayList<>();
                width = 0;
            }
            group.add(stage);
            width += stage.bounds().w();
        }
        groups.add(group);
        if (groups.size() < 2) {
            // The map's height is what keeps it small: stages side by side would show the same slide again.
            return new ReportSection(title, pages, true);
        }
        for (List<HeaderBox> g : groups) {
            double x0 = origin[0] + g.getFirst().bounds().x();
            double x1 = origin[0] + g.getLast().bounds().maxX();
            String stages = g.size() == 1 ? stageName(map, g.getFirst())
                    : context.text().get("report.deck.stageRange", stageName(map, g.getFirst()),
                    stageName(map, g.getLast()));
            pages.add(new MapSlides(sheet, picture, List.of(names, new Rect(x0, origin[1], x1 - x0, names.h())),
                    context.text().get("report.deck.mapStages", title, stages)));
        }
        return new ReportSection(title, pages, true);
    }

    private static String stageName(JourneyMap map, HeaderBox stage) {
        return map.stage(stage.id()).map(fi.polku.model.Stage::name).orElse("");
    }

    /** The room under the running header: x, y, width, height. */
    private static double[] area(ReportSheet sheet) {
        double y = ReportLook.CONTENT_TOP - 16;
        return new double[] {ReportLook.MARGIN / 2, y, sheet.pictureWidth() - ReportLook.MARGIN,
                sheet.pictureHeight() - ReportLook.FOOTER + 12 - y};
    }

    /** The cards this slide shows in full, for tests. */
    List<CardBox> cards() {
        double[] origin = picture.mapOrigin();
        Rect shown = pieces.getLast();
        return picture.layout().cards().stream().filter(c -> shown.containsRect(
                new Rect(c.bounds().x() + origin[0], c.bounds().y() + origin[1], c.bounds().w(), c.bounds().h())))
                .toList();
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
        canvas.frame(label);
        double[] area = area(sheet);
        double w = pieces.stream().mapToDouble(Rect::w).sum();
        double h = pieces.stream().mapToDouble(Rect::h).max().orElse(0);
        double scale = Math.min(2, Math.min(area[2] / w, area[3] / h));
        double x = area[0] + (area[2] - w * scale) / 2;
        double y = area[1] + (area[3] - h * scale) / 2;
        Painter p = canvas.painter();
        for (Rect piece : pieces) {
            p.pushClip(x, y, piece.w() * scale, piece.h() * scale);
            p.pushTransform(x - piece.x() * scale, y - piece.y() * scale, scale);
            picture.paint(p, piece);
            p.popTransform();
            p.popClip();
            x += piece.w() * scale;
        }
    }
}
