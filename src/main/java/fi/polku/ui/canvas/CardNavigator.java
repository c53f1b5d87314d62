package fi.polku.ui.canvas;

import fi.polku.layout.CardBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.Rect;

/** Finds the card an arrow key leads to: the nearest card whose centre lies in that direction. */
final class CardNavigator {
    enum Direction { LEFT, RIGHT, UP, DOWN }

    private CardNavigator() {
    }

    /** The next card from {@code from} in a direction, or null when there is none. */
    static CardBox next(MapLayout layout, CardBox from, Direction dir) {
        Rect f = from.bounds();
        CardBox best = null;
        double bestScore = Double.MAX_VALUE;
        for (CardBox c : layout.cards()) {
            if (c == from) {
                continue;
            }
            double dx = c.bounds().centerX() - f.centerX();
            double dy = c.bounds().centerY() - f.centerY();
            double along = switch (dir) {
                case LEFT -> -dx;
                case RIGHT -> dx;
                case UP -> -dy;
                case DOWN -> dy;
            };
            double across = dir == Direction.LEFT || dir == Direction.RIGHT ? Math.abs(dy) : Math.abs(dx);
            if (along <= 1) {
                continue;
            }
            // Straight ahead beats diagonal: sideways distance counts three times.
            double score = along + 3 * across;
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }
}
