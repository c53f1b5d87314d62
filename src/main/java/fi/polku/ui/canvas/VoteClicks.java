package fi.polku.ui.canvas;

import fi.polku.layout.CardBox;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The pointer in dot-voting mode: a click on a card gives it one of the current voter's dots, a right-click
 * or Alt+click takes one back. Nothing is selected, dragged or renamed meanwhile, so that a room of voters
 * clicking fast changes only the dots; panning and zooming still work.
 */
final class VoteClicks {
    private final JourneyCanvas canvas;

    VoteClicks(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    boolean active() {
        return canvas.state().votingProperty().get();
    }

    /** Takes a primary or secondary press while voting; true when it was taken (a dot, or nothing at all). */
    boolean pressed(MouseEvent e) {
        if (!active() || e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.SECONDARY) {
            return false;
        }
        CardBox card = canvas.mapLayout().cardAt(canvas.viewport().toMapX(e.getX()), canvas.viewport().toMapY(e.getY()));
        if (card != null) {
            canvas.actions().vote(card.touchpointId(), e.getButton() == MouseButton.SECONDARY || e.isAltDown());
        }
        return true;
    }

    /** A right-click while voting takes a dot back; it opens no menu. */
    boolean swallowsMenu(ContextMenuEvent e) {
        if (active() && !e.isKeyboardTrigger()) {
            e.consume();
            return true;
        }
        return false;
    }
}
