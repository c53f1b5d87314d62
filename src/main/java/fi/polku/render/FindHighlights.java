package fi.polku.render;

import fi.polku.layout.CardBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.Rect;
import fi.polku.layout.Theme;

import java.util.ArrayList;
import java.util.List;

/** On screen only: the cards a find matched, ringed, and what it did not match, veiled. */
final class FindHighlights {
    private final MapLayout layout;
    private final Theme theme;
    private final CardPainter cards;

    FindHighlights(MapLayout layout, CardPainter cards) {
        this.layout = layout;
        this.theme = layout.theme();
        this.cards = cards;
    }

    /**
     * Veils what a find did not match and rings the matches. A translucent fill costs its area on a software
     * pipeline, so the fewer side is drawn: a few matches get one veil over the whole view and are painted
     * again on top of it; a few misses get a veil each.
     */
    void paint(Painter p, Overlay o, Rect visible, double scale, boolean fine) {
        double px = 1 / scale;
        List<CardBox> matches = new ArrayList<>();
        List<CardBox> misses = new ArrayList<>();
        for (CardBox c : layout.cardsIn(visible)) {
            (o.highlighted().contains(c.touchpointId()) ? matches : misses).add(c);
        }
        if (matches.size() < misses.size()) {
            double x = Math.max(visible.x(), theme.sizes().laneHeaderWidth());
            double y = Math.max(visible.y(), layout.stageHeaderHeight());
            // Over the cells only: the headers stay crisp and the canvas round the map keeps its colour.
            Rect b = layout.bounds();
            double w = Math.min(visible.maxX(), b.maxX()) - x;
            double h = Math.min(visible.maxY(), b.maxY()) - y;
            p.fillRect(x, y, Math.max(0, w), Math.max(0, h), theme.palette().findVeil());
            if (theme.sizes().titleSize() * scale >= MapPainter.MIN_TEXT_PX) {
                matches.forEach(c -> cards.paint(p, c, true, fine));
            } else {
                cards.paintBlocks(p, matches);
            }
        } else {
            for (CardBox c : misses) {
                Rect r = c.bounds();
                p.fillRoundRect(r.x(), r.y(), r.w(), r.h(), theme.sizes().cardRadius(), theme.palette().findVeil());
            }
        }
        for (CardBox c : matches) {
            // Just outside the card, in map units, and at most 3 units wide: the rings of neighbouring
            // matches keep a gap between them at every zoom. A selected match's ring goes round its
            // selection outline, so that both show.
            double out = o.selection().contains(c.touchpointId()) ? 2 + 3 * px : 2;
            Rect ring = c.bounds().inset(-out);
            p.strokeRoundRect(ring.x(), ring.y(), ring.w(), ring.h(), theme.sizes().cardRadius() + out, theme.palette().findRing(),
                    Math.min(2.5 * px, 3));
        }
    }
}
