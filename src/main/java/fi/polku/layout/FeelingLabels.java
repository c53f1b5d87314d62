package fi.polku.layout;

import fi.polku.model.Feeling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The feeling names beside the emotion curve's points: each above its point, or below it when there is no
 * room above, and left out where it would cover another name or point or leave the plot's band. The
 * intended curve names a feeling where the intention changes, not at every point of a run of the same
 * aim. A name left out is still in the card's tooltip.
 */
final class FeelingLabels {
    private static final double GAP = 7;
    private static final double DOT = 6;

    private FeelingLabels() {
    }

    static List<EmotionCurve.FeelingLabel> place(Theme theme, TextMeasurer m, Rect plot, List<EmotionPoint> experienced,
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
        List<EmotionCurve.FeelingLabel> out = new ArrayList<>();
        for (EmotionPoint p : experienced) {
            Feeling f = feelingOf.apply(p.touchpointId());
            if (f != null) {
                label(f.name(), p, ascent, size, m, band, taken, theme.palette().emotionCurve(), out, true);
            }
        }
        // The aim last named: a run of one aim is named at its first point with room, then not again.
        String named = null;
        for (EmotionPoint p : intended) {
            Feeling f = intendedOf.apply(p.touchpointId());
            // The name goes on the side away from the card's experienced point, where the curve is not.
            boolean above = experienced.stream().noneMatch(e -> e.touchpointId().equals(p.touchpointId()) && e.y() < p.y());
            if (f != null && !f.id().equals(named)
                    && label(f.name(), p, ascent, size, m, band, taken, theme.palette().intendedCurve(), out, above)) {
                named = f.id();
            }
        }
        return out;
    }

    private static boolean label(String name, EmotionPoint p, double ascent, double size, TextMeasurer m, Rect band,
                              List<Rect> taken, int colour, List<EmotionCurve.FeelingLabel> out, boolean aboveFirst) {
        double w = m.width(name, FontFace.REGULAR, size);
        double h = ascent + 3;
        Rect above = new Rect(p.x() - w / 2, p.y() - GAP - h, w, h);
        Rect below = new Rect(p.x() - w / 2, p.y() + GAP, w, h);
        for (Rect r : aboveFirst ? List.of(above, below) : List.of(below, above)) {
            if (band.contains(r.x(), r.y()) && band.contains(r.maxX(), r.maxY()) && taken.stream().noneMatch(r::intersects)) {
                taken.add(r);
                out.add(new EmotionCurve.FeelingLabel(
                        new TextBlock(List.of(name), r.x(), r.y() + ascent, 0, FontFace.REGULAR, size, colour), r));
                return true;
            }
        }
        return false;
    }
}
