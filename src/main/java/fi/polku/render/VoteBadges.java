package fi.polku.render;

import fi.polku.layout.CardBox;
import fi.polku.layout.FontFace;
import fi.polku.layout.MapLayout;
import fi.polku.layout.Palette;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dots a card got in a dot-voting round, as a badge on its top edge ("●●● 3"), drawn over the map on
 * screen while votes exist. Exports leave them out: a vote in progress is not part of the deliverable, and
 * once applied the votes show as the cards' importance stars.
 */
public final class VoteBadges {
    private static final double HEIGHT = 19;
    private static final double DOT = 3.3;
    private static final double DOT_STEP = 9;
    private static final double TEXT_SIZE = 12.5;
    /** More dots than this are a number only: a row of twelve would reach across the card. */
    private static final int MOST_DOTS = 5;

    private VoteBadges() {
    }

    /** The badges of the cards with dots that intersect {@code visible} (map coordinates). */
    public static void paint(Painter p, MapLayout layout, Map<String, Integer> counts, Rect visible) {
        counts.forEach((id, n) -> {
            CardBox card = layout.card(id);
            if (card != null && n > 0 && card.bounds().intersects(visible)) {
                paint(p, card.bounds(), n, layout.theme().palette());
            }
        });
    }

    /**
     * One badge straddling the top edge of {@code card}, right-aligned, clear of the title's first line, in
     * the palette's sticker violet, which none of the status colours or the selection blue uses.
     */
    static void paint(Painter p, Rect card, int votes, Palette palette) {
        int fill = palette.voteFill();
        int ink = palette.voteInk();
        String count = Integer.toString(votes);
        int dots = Math.min(votes, MOST_DOTS);
        double textWidth = FontMetricsTable.shared().width(count, FontFace.BOLD, TEXT_SIZE);
        double w = 7 + dots * DOT_STEP + 2 + textWidth + 7;
        double x = card.maxX() - 8 - w;
        double y = card.y() - HEIGHT / 2 - 1;
        p.fillRoundRect(x - 1, y - 1, w + 2, HEIGHT + 2, HEIGHT / 2 + 1, ink);
        p.fillRoundRect(x, y, w, HEIGHT, HEIGHT / 2, fill);
        double cy = y + HEIGHT / 2;
        List<PathShape> circles = new ArrayList<>(dots);
        for (int i = 0; i < dots; i++) {
            circles.add(PathShape.circle(x + 7 + DOT + i * DOT_STEP, cy, DOT));
        }
        p.fillPaths(circles, ink);
        p.text(count, x + 7 + dots * DOT_STEP + 2, cy + TEXT_SIZE * 0.36, FontFace.BOLD, TEXT_SIZE, ink);
    }
}
