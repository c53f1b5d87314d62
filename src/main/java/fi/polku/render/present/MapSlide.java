package fi.polku.render.present;

import fi.polku.layout.HeaderBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.Palette;
import fi.polku.layout.Rect;
import fi.polku.render.MapPainter;
import fi.polku.render.Overlay;
import fi.polku.render.Painter;
import fi.polku.render.PersonaDots;
import fi.polku.render.Picture;

import java.util.Map;

/**
 * A slide of the map itself, painted by the map's own {@link MapPainter}: the whole map fitted under its
 * title, or one stage zoomed to fill the screen with the lane names pinned at the left and the stages
 * beside it dimmed, so that the room looks at the one being talked about.
 */
public final class MapSlide implements Picture {
    /** No closer than this: a small map is not blown up past what still looks like a map. */
    static final double MAX_SCALE = 3;
    /** How much of the neighbouring stages shows through their veil (alpha of the veil, 0–255). */
    private static final int VEIL_ALPHA = 0xC0;

    private final MapLayout layout;
    private final MapPainter painter;
    private final SlideFrame frame;
    private final String title;
    private final String subtitle;
    private final HeaderBox stage;
    private final double scale;
    private final double originX;
    private final double originY;
    private final Rect visible;
    /** The compare view drawn over the map, as the canvas shows it; null when not comparing. */
    private fi.polku.metrics.MapComparison compare;
    private java.util.Locale language = java.util.Locale.ENGLISH;
    /** The persona dots on the cards, as the canvas and the exports show them; none until given. */
    private PersonaDots personaDots;
    /** Whose journey each dot marks, in the title band (name to colour). */
    private Map<String, Integer> personaKey = Map.of();

    private MapSlide(MapLayout layout, MapPainter painter, HeaderBox stage, String title, String subtitle,
                     double width, double height) {
        this.layout = layout;
        this.painter = painter;
        this.frame = new SlideFrame(width, height);
        this.title = title;
        this.subtitle = subtitle;
        this.stage = stage;
        double[] room = frame.room();
        Rect b = layout.bounds();
        if (stage == null) {
            scale = Math.min(MAX_SCALE, Math.min(room[2] / b.w(), room[3] / b.h()));
            originX = room[0] + (room[2] - b.w() * scale) / 2;
            originY = room[1] + (room[3] - b.h() * scale) / 2;
            visible = b;
        } else {
            // The lane names and the stage side by side fill the room; what is left shows the neighbours.
            double lanes = layout.theme().sizes().laneHeaderWidth();
            Rect column = stage.bounds();
            scale = Math.min(MAX_SCALE, Math.min(room[2] / (lanes + column.w() * 1.1), room[3] / b.h()));
            double viewW = room[2] / scale;
            double left = column.centerX() - lanes - (viewW - lanes) / 2;
            // Centred unless that would show empty room beside the map: the first and last stages sit at
            // the map's edge, and a map narrower than the screen stays whole and centred.
            left = viewW >= b.w() ? b.x() - (viewW - b.w()) / 2 : Math.clamp(left, b.x(), b.maxX() - viewW);
            visible = new Rect(left, 0, viewW, b.h());
            originX = room[0] - left * scale;
            originY = room[1] + (room[3] - b.h() * scale) / 2;
        }
    }

    /** The whole map fitted to the screen under its title. */
    public static MapSlide whole(MapLayout layout, MapPainter painter, String title, String subtitle, double width,
                                 double height) {
        return new MapSlide(layout, painter, null, title, subtitle, width, height);
    }

    /** One stage spotlit: the stage with index {@code stageIndex} of the layout. */
    public static MapSlide stage(MapLayout layout, MapPainter painter, int stageIndex, String title, String subtitle,
                                 double width, double height) {
        return new MapSlide(layout, painter, layout.stageHeaders().get(stageIndex), title, subtitle, width, height);
    }

    /** Draws the marks of {@code comparison} (null for none) over the map, numbers written in {@code language}. */
    public MapSlide compared(fi.polku.metrics.MapComparison comparison, java.util.Locale numbers) {
        this.compare = comparison;
        this.language = numbers;
        return this;
    }

    /** Draws {@code dots} on their cards, as the canvas and every export do, and {@code key} in the band. */
    public MapSlide withPersonaDots(PersonaDots dots, Map<String, Integer> key) {
        this.personaDots = dots;
        this.personaKey = key;
        return this;
    }

    @Override
    public double width() {
        return frame.width();
    }

    @Override
    public double height() {
        return frame.height();
    }

    /** Screen pixels per map pixel: how large the cards are drawn. */
    public double scale() {
        return scale;
    }

    /** The part of the map on the slide, in map coordinates. */
    public Rect visible() {
        return visible;
    }

    /** The title as painted. */
    public String title() {
        return title;
    }

    @Override
    public void paint(Painter p) {
        Palette palette = layout.theme().palette();
        frame.paintBackground(p, palette);
        p.pushTransform(originX, originY, scale);
        painter.paint(p, visible, scale, Overlay.NONE);
        if (personaDots != null) {
            personaDots.paint(p, layout, visible);
        }
        fi.polku.render.CompareMarks.paint(p, layout, compare, visible, language);
        if (stage != null) {
            Rect column = stage.bounds();
            int veil = (VEIL_ALPHA << 24) | (palette.background() & 0xFFFFFF);
            Rect b = layout.bounds();
            // The lane names are not veiled: the room reads the spotlit stage by them.
            double from = Math.max(visible.x(), b.x() + layout.theme().sizes().laneHeaderWidth());
            if (column.x() > from) {
                p.fillRect(from, b.y(), column.x() - from, b.h(), veil);
            }
            if (column.maxX() < visible.maxX()) {
                p.fillRect(column.maxX(), b.y(), visible.maxX() - column.maxX(), b.h(), veil);
            }
        }
        if (visible.x() > layout.bounds().x()) {
            // The lane names stay readable at the left, over the dimmed stages; a slide that shows the map's
            // left edge has them in place already.
            painter.paintPinnedHeaders(p, visible, scale, Overlay.NONE);
        }
        p.popTransform();
        frame.paint(p, palette, title, subtitle, personaKey);
    }
}
