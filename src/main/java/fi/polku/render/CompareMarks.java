package fi.polku.render;

import fi.polku.layout.CardBox;
import fi.polku.layout.CellBox;
import fi.polku.layout.FontFace;
import fi.polku.layout.MapLayout;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.metrics.ChangeVerdict;
import fi.polku.metrics.MapComparison;
import fi.polku.metrics.MetricChange;
import fi.polku.model.Touchpoint;
import fi.polku.model.diff.ItemChange;
import fi.polku.model.diff.ItemKind;
import fi.polku.text.Formats;

import java.util.Locale;
import java.util.Map;

/**
 * The compare view drawn over a map: an added card outlined with a "+" tab, a moved card with an arrow tab, a
 * changed card with a dot tab (each a shape, not only a colour), a removed card as a pale struck-through ghost
 * at the foot of its old cell, and on every card measured in both versions its key metric's change with the
 * verdict's shape (a triangle up and "+10.1"), and the before version's emotion curve dashed under the one drawn. Painted
 * after the map, as {@link VoteBadges} are.
 */
public final class CompareMarks {
    static final int ADDED = 0xFF009E73;
    static final int MOVED = 0xFF0072B2;
    static final int CHANGED = 0xFF6B4FA0;
    private static final int INK = 0xFFFFFFFF;
    private static final int GHOST_FILL = 0x66FFFFFF;
    private static final int GHOST_LINE = 0xFF8A94A3;
    private static final double TAB = 18;
    private static final double TEXT = 11.5;

    private CompareMarks() {
    }

    /** The marks of {@code c} on the cards of {@code layout} that intersect {@code visible}; nothing for null. */
    public static void paint(Painter p, MapLayout layout, MapComparison c, Rect visible, Locale language) {
        if (c == null) {
            return;
        }
        for (ItemChange change : c.diff().of(ItemKind.TOUCHPOINT)) {
            CardBox card = layout.card(change.id());
            if (card != null && card.bounds().intersects(visible)) {
                structure(p, card.bounds(), change);
            }
        }
        for (Map.Entry<String, MetricChange> e : c.cardChanges().entrySet()) {
            CardBox card = layout.card(e.getKey());
            if (card != null && card.bounds().intersects(visible)) {
                delta(p, card.bounds(), e.getValue(), language);
            }
        }
        ghosts(p, layout, c, visible);
        beforeCurves(p, layout, c);
    }

    /**
     * The before version's emotion curve, dashed grey, in each emotion lane under the curve drawn: a point
     * per card of the lane that had an emotion before, at the card's place now.
     */
    private static void beforeCurves(Painter p, MapLayout layout, MapComparison c) {
        Map<String, Double> before = new java.util.HashMap<>();
        for (fi.polku.metrics.EmotionCurve.Point pt : fi.polku.metrics.EmotionCurve.of(c.before()).points()) {
            before.put(pt.touchpoint().id(), pt.emotion());
        }
        for (fi.polku.layout.EmotionCurve curve : layout.emotionCurves()) {
            double[] last = null;
            for (fi.polku.layout.EmotionPoint pt : curve.points()) {
                Double e = before.get(pt.touchpointId());
                if (e == null) {
                    continue;
                }
                double[] here = {pt.x(), curve.zeroY() - e * curve.unit()};
                if (last != null) {
                    dashed(p, last[0], last[1], here[0], here[1]);
                }
                p.strokePath(PathShape.circle(here[0], here[1], 3), GHOST_LINE, 1.2);
                last = here;
            }
        }
    }

    private static void dashed(Painter p, double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        for (double at = 0; at < length; at += 9) {
            double end = Math.min(length, at + 5);
            p.line(x1 + (x2 - x1) * at / length, y1 + (y2 - y1) * at / length,
                    x1 + (x2 - x1) * end / length, y1 + (y2 - y1) * end / length, GHOST_LINE, 1.6);
        }
    }

    private static void structure(Painter p, Rect card, ItemChange change) {
        double x = card.x() + 8;
        double y = card.y() - TAB / 2;
        if (change.status() == ItemChange.Status.ADDED) {
            p.strokeRoundRect(card.x() - 2, card.y() - 2, card.w() + 4, card.h() + 4, 8, ADDED, 2.5);
            tab(p, x, y, ADDED);
            p.line(x + TAB / 2 - 5, y + TAB / 2, x + TAB / 2 + 5, y + TAB / 2, INK, 2.2);
            p.line(x + TAB / 2, y + TAB / 2 - 5, x + TAB / 2, y + TAB / 2 + 5, INK, 2.2);
            return;
        }
        if (change.moved()) {
            tab(p, x, y, MOVED);
            double cy = y + TAB / 2;
            p.line(x + 4, cy, x + TAB - 6, cy, INK, 2);
            p.fillPath(PathShape.polygon(x + TAB - 3, cy, x + TAB - 8, cy - 4.5, x + TAB - 8, cy + 4.5), INK);
            x += TAB + 4;
        }
        if (change.changed()) {
            tab(p, x, y, CHANGED);
            p.fillPath(PathShape.circle(x + TAB / 2, y + TAB / 2, 3.6), INK);
        }
    }

    private static void tab(Painter p, double x, double y, int colour) {
        p.fillRoundRect(x - 1, y - 1, TAB + 2, TAB + 2, TAB / 2 + 1, INK);
        p.fillRoundRect(x, y, TAB, TAB, TAB / 2, colour);
    }

    /**
     * The change of the card's key metric with its verdict's shape, on the card's bottom edge at the right.
     * An improvement or a worsening is a drawn triangle, not a glyph: the exports' font has no ▲ or ▼.
     */
    private static void delta(Painter p, Rect card, MetricChange change, Locale language) {
        Double d = change.delta();
        if (d == null) {
            return;
        }
        String number = Formats.number(language, d, change.metric().max() - change.metric().min() > 10 ? 1 : 2);
        boolean triangle = change.verdict() == ChangeVerdict.IMPROVED || change.verdict() == ChangeVerdict.WORSENED;
        String text = (triangle ? "" : change.verdict().symbol() + " ") + (d > 0 ? "+" : "") + number;
        int colour = colour(change.verdict());
        double mark = triangle ? TEXT * 0.8 + 4 : 0;
        double w = FontMetricsTable.shared().width(text, FontFace.BOLD, TEXT) + 12 + mark;
        double h = TEXT + 7;
        double x = card.maxX() - 8 - w;
        double y = card.maxY() - h / 2;
        p.fillRoundRect(x, y, w, h, h / 2, INK);
        p.strokeRoundRect(x, y, w, h, h / 2, colour, 1.5);
        if (triangle) {
            double s = TEXT * 0.8;
            double left = x + 6;
            double cy = y + h / 2;
            p.fillPath(change.verdict() == ChangeVerdict.IMPROVED
                    ? PathShape.polygon(left, cy + s * 0.45, left + s, cy + s * 0.45, left + s / 2, cy - s * 0.45)
                    : PathShape.polygon(left, cy - s * 0.45, left + s, cy - s * 0.45, left + s / 2, cy + s * 0.45), colour);
        }
        p.text(text, x + 6 + mark, y + h / 2 + TEXT * 0.36, FontFace.BOLD, TEXT, colour);
    }

    /** The verdict's colour; its shape and word say the same, so colour is never alone. */
    public static int colour(ChangeVerdict v) {
        return switch (v) {
            case IMPROVED -> 0xFF007A5A;
            case WORSENED -> 0xFFB04A00;
            case NO_CLEAR_CHANGE -> 0xFF5B6675;
            case NOT_COMPARABLE -> 0xFF8A94A3;
        };
    }

    /** Removed cards as pale, struck-through chips stacked at the foot of the cell they were in. */
    private static void ghosts(Painter p, MapLayout layout, MapComparison c, Rect visible) {
        Map<CellBox, Integer> stacked = new java.util.HashMap<>();
        for (Touchpoint t : c.removedCards()) {
            CellBox cell = layout.cells().stream()
                    .filter(b -> b.stageId().equals(t.stageId()) && b.laneId().equals(t.laneId())).findFirst().orElse(null);
            if (cell == null || !cell.bounds().intersects(visible)) {
                continue;
            }
            int n = stacked.merge(cell, 1, Integer::sum);
            double h = 22;
            double x = cell.bounds().x() + 8;
            double w = cell.bounds().w() - 16;
            double y = cell.bounds().maxY() - 6 - n * (h + 4);
            p.fillRoundRect(x, y, w, h, 6, GHOST_FILL);
            p.strokeRoundRect(x, y, w, h, 6, GHOST_LINE, 1.2);
            p.pushClip(x, y, w, h);
            double baseline = y + h / 2 + TEXT * 0.36;
            p.text(t.title(), x + 8, baseline, FontFace.REGULAR, TEXT, GHOST_LINE);
            double textWidth = Math.min(w - 16, FontMetricsTable.shared().width(t.title(), FontFace.REGULAR, TEXT));
            p.line(x + 6, y + h / 2, x + 10 + textWidth, y + h / 2, GHOST_LINE, 1.2);
            p.popClip();
        }
    }
}
