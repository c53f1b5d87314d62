package fi.polku.render;

import fi.polku.layout.FontFace;
import fi.polku.layout.HeaderBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.Rect;
import fi.polku.layout.TextMeasurer;
import fi.polku.layout.TextWrapper;
import fi.polku.layout.Theme;

/**
 * On screen at far zoom, where the map's own header text would be a few pixels high: the stage names
 * in a band at a readable screen size over (or, when there is room, just above) the header row, and
 * each lane's name in a tag at the left, so an overview of a big map keeps its bearings.
 */
final class OverviewLabels {
    /** Screen pixel sizes of the names. */
    private static final double STAGE_PX = 13;
    private static final double LANE_PX = 12;
    private static final double LANE_TAG_PX = 160;

    private OverviewLabels() {
    }

    static void paint(Painter p, MapLayout layout, Rect visible, double scale) {
        Theme theme = layout.theme();
        TextMeasurer m = FontMetricsTable.shared();
        TextWrapper wrap = new TextWrapper(m);
        double px = 1 / scale;
        double size = STAGE_PX * px;
        double bandH = size * 1.8;
        // Above the map when fit-to-window leaves a margin there, else pinned to the top of the view.
        double bandY = visible.y() <= -bandH ? -bandH : Math.max(visible.y(), 0);
        for (HeaderBox stage : layout.stageHeaders()) {
            Rect r = stage.bounds();
            if (r.maxX() < visible.x() || r.x() > visible.maxX()) {
                continue;
            }
            p.fillRect(r.x(), bandY, r.w(), bandH, theme.palette().stageHeaderFill());
            if (stage.index() > 0) {
                p.line(r.x(), bandY, r.x(), bandY + bandH, fi.polku.layout.Palette.withAlpha(theme.palette().stageHeaderText(), 0x60), px);
            }
            String name = wrap.truncate(String.join(" ", stage.title().lines()), FontFace.BOLD, size,
                    r.w() - 12 * px);
            p.text(name, r.x() + 6 * px, baseline(m, bandY + bandH / 2, size), FontFace.BOLD, size,
                    theme.palette().stageHeaderText());
        }
        double lsize = LANE_PX * px;
        double tagW = LANE_TAG_PX * px;
        double tagX = visible.x() <= -tagW ? -tagW : Math.max(visible.x(), 0);
        double h = lsize * 1.7;
        for (HeaderBox lane : layout.laneHeaders()) {
            Rect r = lane.bounds();
            if (r.maxY() < visible.y() || r.y() > visible.maxY() || r.h() < h) {
                continue;
            }
            String name = wrap.truncate(String.join(" ", lane.title().lines()), FontFace.BOLD, lsize,
                    tagW - 10 * px);
            double w = m.width(name, FontFace.BOLD, lsize) + 10 * px;
            double y = r.y() + Math.min(4 * px, (r.h() - h) / 2);
            p.fillRoundRect(tagX, y, w, h, 3 * px, (theme.palette().laneHeaderFill() & 0x00FFFFFF) | 0xEE000000);
            p.strokeRoundRect(tagX, y, w, h, 3 * px, theme.palette().cardBorder(), px);
            p.text(name, tagX + 5 * px, baseline(m, y + h / 2, lsize), FontFace.BOLD, lsize,
                    theme.palette().laneHeaderText());
        }
    }

    private static double baseline(TextMeasurer m, double centreY, double size) {
        return centreY + (m.ascent(FontFace.BOLD, size) - m.descent(FontFace.BOLD, size)) / 2;
    }
}
