package fi.polku.render.present;

import fi.polku.layout.FontFace;
import fi.polku.layout.Palette;
import fi.polku.layout.TextWrapper;
import fi.polku.render.FontMetricsTable;
import fi.polku.render.Painter;
import fi.polku.render.PersonaDots;

import java.util.Map;

/**
 * The title band across the top of a map slide and the room under it, sized for the screen: the title is
 * a thirtieth of the screen's height (36 px at 1080 lines), large enough to read from the back of a room.
 */
record SlideFrame(double width, double height) {
    /** A persona dot's diameter on a card, in map units (its radius is 4.8). */
    private static final double DOT_ON_CARD = 9.6;
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
        paint(p, palette, title, subtitle, Map.of());
    }

    /**
     * The same, with the persona key (name to dot colour, {@link PersonaDots#key}) in the band left of the
     * subtitle, so that the room knows whose journey each dot on the cards marks.
     */
    void paint(Painter p, Palette palette, String title, String subtitle, Map<String, Integer> personas) {
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
        double keyWidth = keyWidth(m, personas);
        double titleRoom = width - 2 * margin() - (subtitleWidth > 0 ? subtitleWidth + margin() : 0)
                - (keyWidth > 0 ? keyWidth + margin() : 0);
        p.beginGroup("slide-title", "title");
        p.text(wrapper.truncate(title, FontFace.BOLD, titleSize(), Math.max(titleSize(), titleRoom)), margin(),
                baseline, FontFace.BOLD, titleSize(), palette.cardText());
        if (subtitleWidth > 0) {
            p.text(subtitle, width - margin() - subtitleWidth, baseline, FontFace.REGULAR, subtitleSize(),
                    palette.mutedText());
        }
        p.endGroup();
        if (keyWidth > 0) {
            paintKey(p, palette, m, personas, width - margin() - subtitleWidth - (subtitleWidth > 0 ? margin() : 0)
                    - keyWidth, baseline);
        }
    }

    /** A dot and a name per persona, a dot's width apart. */
    private double keyWidth(FontMetricsTable m, Map<String, Integer> personas) {
        double w = 0;
        for (String name : personas.keySet()) {
            w += (w > 0 ? dotSize() : 0) + dotSize() * 1.4 + m.width(name, FontFace.REGULAR, subtitleSize());
        }
        return w;
    }

    private void paintKey(Painter p, Palette palette, FontMetricsTable m, Map<String, Integer> personas, double x,
                          double baseline) {
        p.beginGroup("slide-personas", "personas");
        double mid = baseline - m.ascent(FontFace.REGULAR, subtitleSize()) * 0.36;
        for (Map.Entry<String, Integer> persona : personas.entrySet()) {
            PersonaDots.paintDot(p, x + dotSize() / 2, mid, dotSize() / DOT_ON_CARD, persona.getValue());
            x += dotSize() * 1.4;
            p.text(persona.getKey(), x, baseline, FontFace.REGULAR, subtitleSize(), palette.mutedText());
            x += m.width(persona.getKey(), FontFace.REGULAR, subtitleSize()) + dotSize();
        }
        p.endGroup();
    }

    /** A key dot's diameter: about the subtitle's lower-case letters. */
    private double dotSize() {
        return subtitleSize() * 0.62;
    }
}
