package fi.polku.ui.canvas;

import fi.polku.ui.state.CellRef;
import fi.polku.layout.CardBox;
import fi.polku.layout.MapLayout;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard on the canvas: zoom (ctrl +, ctrl −, ctrl 0), select all (ctrl A), Esc, arrow keys between
 * cards (shift extends the selection), N for a new touchpoint in the current cell, F2 to rename, the
 * context-menu key or Shift+F10 for the menu of the selected header, card or cell, and space held for
 * panning with the mouse.
 *
 * <p>Any other character typed on the map starts {@link QuickCapture} in the current cell, with that
 * character as the start of a new card's title. The rule for the one letter that is also a key: N alone
 * stays the New touchpoint key (a card with its title editor open, as before); Shift+N, a capital N, is the
 * start of a title, as titles such as "Nettisivu" are typed. Space stays the pan key, and no title starts
 * with a space. While a stage, lane or arrow is selected, typing starts nothing: F2 and Delete act on it.
 */
final class CanvasKeys {
    private final JourneyCanvas canvas;
    /** The N key made a card: its typed "n" that follows is not the start of a title. */
    private boolean nKeyUsed;

    CanvasKeys(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    void install() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        canvas.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE && e.getTarget() == canvas) {
                canvas.setSpaceDown(false);
            }
        });
        canvas.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                canvas.setSpaceDown(false);
            }
        });
    }

    private void pressed(KeyEvent e) {
        // Keys typed into the inline title editor are its own.
        if (e.getTarget() != canvas) {
            return;
        }
        nKeyUsed = false;
        if (handle(e)) {
            e.consume();
        }
    }

    private boolean handle(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            switch (code) {
                case PLUS, EQUALS, ADD -> canvas.zoomIn();
                case MINUS, SUBTRACT -> canvas.zoomOut();
                case DIGIT0, NUMPAD0 -> canvas.resetZoom();
                case A -> canvas.selectAll();
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (code == KeyCode.CONTEXT_MENU || (code == KeyCode.F10 && e.isShiftDown())) {
            // GTK and Monocle send only the key, no menu request, so the canvas opens the menu itself.
            return new KeyboardMenu(canvas).open();
        }
        if (e.isAltDown()) {
            // Alt+Shift+arrows move stages and lanes: the menus' shortcuts.
            return false;
        }
        switch (code) {
            case LEFT -> step(CardNavigator.Direction.LEFT, e.isShiftDown());
            case RIGHT -> step(CardNavigator.Direction.RIGHT, e.isShiftDown());
            case UP -> step(CardNavigator.Direction.UP, e.isShiftDown());
            case DOWN -> step(CardNavigator.Direction.DOWN, e.isShiftDown());
            case ESCAPE -> {
                // With nothing selected, Esc shows every persona's cards again.
                if (canvas.state().selection().isEmpty() && canvas.state().selectedConnectionProperty().get() == null) {
                    canvas.state().personaFilter().clear();
                }
                canvas.clearSelection();
            }
            case SPACE -> canvas.setSpaceDown(true);
            case F2 -> renameFocused();
            case DELETE, BACK_SPACE -> {
                return deleteSelectedArrow();
            }
            case N -> {
                if (e.isShiftDown()) {
                    return false;
                }
                nKeyUsed = true;
                createInCurrentCell();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A printable character typed on the map opens quick capture with it in the current cell. */
    private void typed(KeyEvent e) {
        if (e.getTarget() != canvas || nKeyUsed) {
            nKeyUsed = false;
            return;
        }
        String c = e.getCharacter();
        // Ctrl or Alt alone make shortcuts and mnemonics; Ctrl+Alt is AltGr on Windows, which types "@" or "€".
        boolean modified = e.isMetaDown() || e.isControlDown() != e.isAltDown();
        if (modified || c.isEmpty() || Character.isISOControl(c.codePointAt(0)) || c.isBlank()) {
            return;
        }
        var state = canvas.state();
        // While the room votes, typing is for picking voters (1-9), never the start of a card.
        if (state.votingProperty().get()) {
            return;
        }
        boolean otherSelected = state.selectedStageProperty().get() != null
                || state.selectedLaneProperty().get() != null || state.selectedConnectionProperty().get() != null;
        CellRef cell = currentCell();
        if (cell != null && !otherSelected) {
            e.consume();
            canvas.capture().begin(cell, c);
        }
    }

    private void step(CardNavigator.Direction dir, boolean extend) {
        MapLayout layout = canvas.mapLayout();
        if (layout.cards().isEmpty()) {
            return;
        }
        CardBox from = canvas.focusedCard() == null ? null : layout.card(canvas.focusedCard());
        CardBox to = from == null ? layout.cards().getFirst() : CardNavigator.next(layout, from, dir);
        if (to == null) {
            return;
        }
        String id = to.touchpointId();
        var sel = canvas.state().selection();
        if (extend) {
            sel.add(id);
        } else {
            sel.retainAll(java.util.Set.of(id));
            sel.add(id);
        }
        canvas.setFocusedCard(id);
        canvas.state().currentCellProperty().set(new CellRef(to.stageId(), to.laneId()));
        canvas.reveal(to.bounds());
    }

    /** Delete on a selected arrow removes it; other selections are the Edit menu's Delete. */
    private boolean deleteSelectedArrow() {
        String id = canvas.state().selectedConnectionProperty().get();
        if (id == null) {
            return false;
        }
        canvas.actions().deleteConnection(id);
        return true;
    }

    /**
     * F2: the selected arrow's label, the selected stage or lane when no card is selected, else the
     * focused or only selected card.
     */
    private void renameFocused() {
        if (canvas.state().selectedConnectionProperty().get() != null) {
            canvas.beginLabelEdit(canvas.state().selectedConnectionProperty().get());
            return;
        }
        if (canvas.state().selection().isEmpty() && canvas.state().selectedStageProperty().get() != null) {
            canvas.beginHeaderRename(canvas.state().selectedStageProperty().get(), null);
            return;
        }
        if (canvas.state().selection().isEmpty() && canvas.state().selectedLaneProperty().get() != null) {
            canvas.beginHeaderRename(null, canvas.state().selectedLaneProperty().get());
            return;
        }
        String id = canvas.focusedCard();
        if (id == null && canvas.state().selection().size() == 1) {
            id = canvas.state().selection().iterator().next();
        }
        if (id != null) {
            canvas.beginRename(id);
        }
    }

    private void createInCurrentCell() {
        CellRef cell = currentCell();
        if (cell != null) {
            canvas.actions().createTouchpoint(cell.stageId(), cell.laneId());
        }
    }

    /** The current cell, or else the cell of the card with keyboard focus; null when there is neither. */
    private CellRef currentCell() {
        CellRef cell = canvas.state().currentCellProperty().get();
        if (cell == null && canvas.focusedCard() != null) {
            CardBox card = canvas.mapLayout().card(canvas.focusedCard());
            cell = card == null ? null : new CellRef(card.stageId(), card.laneId());
        }
        return cell;
    }
}
