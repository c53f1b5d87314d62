package fi.polku.ui.canvas;

import fi.polku.layout.CardBox;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.function.Consumer;

/**
 * A click on the yearly value of a card in the opportunities lane opens the opportunity behind it, and the
 * pointer turns into a hand over it to say so. The click first selects the card as any click does.
 */
public final class ValueBadgeClicks {
    private ValueBadgeClicks() {
    }

    /** Tells {@code onBadge} the touchpoint whose value badge was clicked. */
    public static void install(JourneyCanvas canvas, Consumer<String> onBadge) {
        canvas.surface().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && !canvas.picking().isActive()) {
                CardBox card = badgeAt(canvas, e);
                if (card != null) {
                    onBadge.accept(card.touchpointId());
                }
            }
        });
        // Only the hand this sets is taken back, so that other gestures' cursors stay theirs.
        boolean[] hand = {false};
        canvas.surface().addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            boolean over = !canvas.picking().isActive() && !canvas.isSpaceDown() && badgeAt(canvas, e) != null;
            if (over != hand[0]) {
                hand[0] = over;
                canvas.surface().setCursor(over ? Cursor.HAND : Cursor.DEFAULT);
            }
        });
    }

    private static CardBox badgeAt(JourneyCanvas canvas, MouseEvent e) {
        double x = canvas.viewport().toMapX(e.getX());
        double y = canvas.viewport().toMapY(e.getY());
        CardBox card = canvas.mapLayout().cardAt(x, y);
        return card != null && card.valueBadge() != null && card.valueBadge().contains(x, y) ? card : null;
    }
}
