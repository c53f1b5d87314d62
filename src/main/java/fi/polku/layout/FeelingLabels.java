package fi.polku.layout;

import fi.polku.model.Feeling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The feeling names beside the emotion curve's points: each above its point, or below it when there is no
 * room above, and left out where it would cover another name or point or leave the plot's band. A crowded
 * column keeps its names in the card's tooltip instead.
 */
final class FeelingLabels {
    private static final double GAP = 7;
    private static final double DOT = 6;

    private FeelingLabels() {
    }

    static List<TextBlock> place(Theme theme, TextMeasurer m, Rect plot, List<EmotionPoint> experienced,
                                 List<EmotionPoint> intended, Function<String, Feeling> feelingOf,
                                 Function<String, Feeling> intendedOf) {
        double size = theme.sizes().smallSize();
        double ascent = m.ascent(FontFace.REGULAR, size);
        // The band a label may use: the plot and the padding above and below it.
        Rect band = plot.inset(-16);
        List<Rect> taken = new ArrayList<>();
        for (EmotionPoint p : experienced) {
            taken.add(new Rect(p.x() - DOT, p.y() - DOT, 2 * DOT, 2 * DOT));
        }
        for (EmotionPoint p : intended) {
            taken.add(new Rect(p.x() - DOT, p.y() - DOT, 2 * DOT, 2 * DOT));
        }
        List<TextBlock> out = new ArrayList<>();
        for (EmotionPoint p : experienced) {
            Feeling f = feelingOf.apply(p.touchpointId());
            if (f != null) {
                label(f.name(), p, ascent, size, m, band, taken, theme.palette().emotionCurve(), out, true);
            }
        }
        for (EmotionPoint p : intended) {
            Feeling f = intendedOf.apply(p.touchpointId());
            if (f != null) {
                label(f.name(), p, ascent, size, m, band, taken, theme.palette().intendedCurve(), out, false);
            }
        }
        return out;
    }

    private static void label(String name, EmotionPoint p, double ascent, double size, TextMeasurer m, Rect band,
                              List<Rect> taken, int colour, List<TextBlock> out, boolean aboveFirst) {
        double w = m.width(name, FontFace.REGULAR, size);
        double h = ascent + 3;
        Rect above = new Rect(p.x() - w / 2, p.y() - GAP - h, w, h);
        Rect below = new Rect(p.x() - w / 2, p.y() + GAP, w, h);
        for (Rect r : aboveFirst ? List.of(above, below) : List.of(below, above)) {
            if (band.contains(r.x(), r.y()) && band.contains(r.maxX(), r.maxY()) && taken.stream().noneMatch(r::intersects)) {
                taken.add(r);
                out.add(new TextBlock(List.of(name), r.x(), r.y() + ascent, 0, FontFace.REGULAR, size, colour));
                return;
            }
        }
    }
}
