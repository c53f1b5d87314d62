package fi.polku.render;

import fi.polku.layout.CardBox;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.layout.TextBlock;
import fi.polku.layout.Theme;
import fi.polku.metrics.TargetStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paints one card: body, wrapped title, the yearly value of its opportunities, importance stars, evidence
 * mark and key-score badge.
 */
final class CardPainter {
    private final Theme theme;

    CardPainter(Theme theme) {
        this.theme = theme;
    }

    /**
     * The card at a level of detail: {@code detailed} false draws a block tinted by its status (far zoom);
     * {@code fine} false leaves out footer details too small to read (stars, letters, badge text).
     */
    void paint(Painter p, CardBox card, boolean detailed, boolean fine) {
        Rect b = card.bounds();
        double r = theme.sizes().cardRadius();
        if (!detailed) {
            p.fillRoundRect(b.x(), b.y(), b.w(), b.h(), r, blockColour(card));
            return;
        }
        p.fillRoundRect(b.x(), b.y() + 1, b.w(), b.h(), r, 0x14000000);
        p.fillRoundRect(b.x(), b.y(), b.w(), b.h(), r, theme.palette().cardFill());
        p.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), r, theme.palette().cardBorder(), theme.sizes().lineWidth());
        text(p, card.title());
        if (card.valueBadge() != null) {
            value(p, card, fine);
        }
        if (!fine) {
            if (card.badge() != null) {
                Rect pill = card.badge();
                p.fillRoundRect(pill.x(), pill.y(), pill.w(), pill.h(), pill.h() / 2,
                        theme.statusColour(card.score().status()));
            }
            return;
        }
        if (card.stars() != null) {
            stars(p, card.stars(), card.importance());
        }
        if (card.evidenceMark() != null) {
            evidence(p, card);
        }
        if (card.badge() != null) {
            badge(p, card);
        }
    }

    /** Too small to read, a card is a solid block tinted by target status, so the overview is a heat map. */
    int blockColour(CardBox card) {
        TargetStatus status = card.score() == null ? TargetStatus.NO_TARGET : card.score().status();
        return status.isUnrated() ? theme.palette().cardBorder() : (theme.statusColour(status) & 0x00FFFFFF) | 0xC8000000;
    }

    /**
     * The blocks of far-zoom cards, one call per colour: a canvas then fills a lane's few hundred blocks
     * as a few shapes instead of one each. Cards do not overlap, so nothing changes on screen.
     */
    void paintBlocks(Painter p, List<CardBox> cards) {
        Map<Integer, List<Rect>> byColour = new LinkedHashMap<>();
        for (CardBox card : cards) {
            byColour.computeIfAbsent(blockColour(card), k -> new ArrayList<>()).add(card.bounds());
        }
        byColour.forEach((colour, blocks) -> p.fillRoundRects(blocks, theme.sizes().cardRadius(), colour));
    }

    static void text(Painter p, TextBlock t) {
        for (int i = 0; i < t.lines().size(); i++) {
            p.text(t.lines().get(i), t.x(), t.baseline(i), t.face(), t.size(), t.colour());
        }
    }

    private void stars(Painter p, Rect box, double importance) {
        double step = box.w() / 5;
        double cy = box.centerY();
        List<PathShape> filled = new ArrayList<>(5);
        List<PathShape> empty = new ArrayList<>(5);
        for (int i = 0; i < 5; i++) {
            double cx = box.x() + step * i + step / 2;
            double outer = step * 0.46;
            double fill = Math.max(0, Math.min(1, importance - i));
            if (fill >= 1) {
                filled.add(PathShape.star(cx, cy, outer));
                continue;
            }
            empty.add(PathShape.star(cx, cy, outer));
            if (fill > 0) {
                // The filled part is its own polygon: no clip, which on a canvas blends the whole canvas.
                PathShape part = PathShape.starLeftOf(cx, cy, outer, cx - step / 2 + step * fill);
                if (part != null) {
                    filled.add(part);
                }
            }
        }
        // Each colour in one call: a canvas fills them as one shape.
        p.fillPaths(empty, theme.palette().starEmpty());
        p.fillPaths(filled, theme.palette().starFill());
    }

    private void evidence(Painter p, CardBox card) {
        Rect m = card.evidenceMark();
        MarkShapes.evidence(p, card.evidence(), m.x() + 5, m.centerY(), theme.palette().evidenceInk());
        text(p, card.evidenceText());
    }

    /** The value as a pill in the ink of the title, so that it reads as the card's own figure, not a status. */
    private void value(Painter p, CardBox card, boolean fine) {
        Rect b = card.valueBadge();
        int ink = theme.palette().cardText();
        p.fillRoundRect(b.x(), b.y(), b.w(), b.h(), b.h() / 2, (ink & 0x00FFFFFF) | 0x14000000);
        if (fine) {
            p.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), b.h() / 2, (ink & 0x00FFFFFF) | 0x66000000, 1);
            text(p, card.valueText());
        }
    }

    private void badge(Painter p, CardBox card) {
        Rect b = card.badge();
        TargetStatus status = card.score().status();
        int colour = theme.statusColour(status);
        double r = b.h() / 2;
        p.fillRoundRect(b.x(), b.y(), b.w(), b.h(), r, (colour & 0x00FFFFFF) | 0x24000000);
        p.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), r, colour, 1);
        MarkShapes.status(p, status, b.x() + 9.5, b.centerY(), 4.5, colour);
        text(p, card.badgeText());
    }
}
