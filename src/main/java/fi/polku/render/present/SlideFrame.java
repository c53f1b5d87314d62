package fi.polku.render.present;

import fi.polku.layout.FontFace;
import fi.polku.layout.Palette;
import fi.polku.layout.TextWrapper;
import fi.polku.render.FontMetricsTable;
import fi.polku.render.Painter;

/**
 * The title band across the top of a map slide and the room under it, sized for the screen: the title is
 * a thirtieth of the screen's height (36 px at 1080 lines), large enough to read from the back of a room.
 */
record SlideFrame(double width, double height) {
    /** Title size as a share of the screen height. */
    private static final double TITLE_SHARE = 1 / 30.0;

    double titleSize() {
        return Math.max(18, height * TITLE_SHARE);
    }

    double subtitleSize() {
        return titleSize() * 0.62;
    }

    double margin() {
        return titleSize() * 0.9;
    }

    double bandHeight() {
        return titleSize() * 2.3;
    }

    /** Where the slide's content goes: under the band, inside the margins (x, y, w, h). */
    double[] room() {
        double m = margin();
        return new double[] {m, bandHeight(), Math.max(1, width - 2 * m), Math.max(1, height - bandHeight() - m / 2)};
    }

    /** Paints the background under the content. */
    void paintBackground(Painter p, Palette palette) {
        p.fillRect(0, 0, width, height, palette.background());
    }

    /**
     * Paints the margins and the band over whatever the content spilled into them (a canvas pays a full
     * blend for each clip, which made a slide take a second), then the title on the left of the band and
     * the subtitle on its right.
     */
    void paint(Painter p, Palette palette, String title, String subtitle) {
        FontMetricsTable m = FontMetricsTable.shared();
        TextWrapper wrapper = new TextWrapper(m);
        double[] room = room();
        int bg = palette.background();
        p.fillRect(0, 0, width, room[1], bg);
        p.fillRect(0, room[1], room[0], height - room[1], bg);
        p.fillRect(room[0] + room[2], room[1], width - room[0] - room[2], height - room[1], bg);
        p.fillRect(room[0], room[1] + room[3], room[2], height - room[1] - room[3], bg);
        double baseline = (bandHeight() + m.ascent(FontFace.BOLD, titleSize())
                - m.descent(FontFace.BOLD, titleSize())) / 2;
        double subtitleWidth = subtitle.isEmpty() ? 0 : m.width(subtitle, FontFace.REGULAR, subtitleSize());
        double titleRoom = width - 2 * margin() - (subtitleWidth > 0 ? subtitleWidth + margin() : 0);
        p.beginGroup("slide-title", "title");
        p.text(wrapper.truncate(title, FontFace.BOLD, titleSize(), Math.max(titleSize(), titleRoom)), margin(),
                baseline, FontFace.BOLD, titleSize(), palette.cardText());
        if (subtitleWidth > 0) {
            p.text(subtitle, width - margin() - subtitleWidth, baseline, FontFace.REGULAR, subtitleSize(),
                    palette.mutedText());
        }
        p.endGroup();
    }
}
