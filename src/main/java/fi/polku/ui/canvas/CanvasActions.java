package fi.polku.ui.canvas;

import fi.polku.ui.state.CellRef;
import java.util.List;

/** What the canvas asks the app to do; the app turns each call into one undoable command. */
public interface CanvasActions {
    /** Double-click on an empty cell, or the N key on the current cell. */
    void createTouchpoint(String stageId, String laneId);

    /**
     * One drag of one or more cards, called once at the drop. {@code ids} are in map order;
     * {@code indexInCell} counts the target cell's touchpoints that are not being moved, so it is the
     * final position of the first moved touchpoint within the cell.
     */
    void moveTouchpoints(List<String> ids, String stageId, String laneId, int indexInCell);

    /** Emotion-curve drag: {@code finished} false while dragging, true once at release. */
    void setEmotion(String touchpointId, double emotion, boolean finished);

    /** The inline title editor was committed (Enter or focus lost) with a changed title; Esc calls nothing. */
    void renameTouchpoint(String touchpointId, String newTitle);

    /** Right-click or the context-menu key, on a cell and possibly a card; screen coordinates. */
    void openContextMenu(CellRef cell, String touchpointIdOrNull, double screenX, double screenY);

    /** One drag of a stage header, called once at the drop: the stage ends up at {@code toIndex}. */
    default void moveStage(String stageId, int toIndex) {
        // Nothing to do without an app.
    }

    /** One drag of a lane header, called once at the drop: the lane ends up at {@code toIndex}. */
    default void moveLane(String laneId, int toIndex) {
        // Nothing to do without an app.
    }

    /** The inline header editor was committed with a changed, non-blank stage name. */
    default void renameStage(String stageId, String newName) {
        // Nothing to do without an app.
    }

    /** The inline header editor was committed with a changed, non-blank lane name. */
    default void renameLane(String laneId, String newName) {
        // Nothing to do without an app.
    }

    /** Right-click on a stage header (laneId null) or a lane header (stageId null); screen coordinates. */
    default void openHeaderMenu(String stageId, String laneId, double screenX, double screenY) {
        // Nothing to do without an app.
    }

    /** The inline arrow-label editor was committed with a changed label; an empty one removes the label. */
    default void labelConnection(String connectionId, String label) {
        // Nothing to do without an app.
    }

    /**
     * One drag of an arrow's head or tail, called once at the drop: the arrow should run from {@code fromId}
     * to {@code toId}; either is null when the end was dropped beside the cards.
     */
    default void reconnectConnection(String connectionId, String fromId, String toId) {
        // Nothing to do without an app.
    }

    /** The Delete key on a selected arrow. */
    default void deleteConnection(String connectionId) {
        // Nothing to do without an app.
    }

    /** Right-click on an arrow; screen coordinates. */
    default void openArrowMenu(String connectionId, double screenX, double screenY) {
        // Nothing to do without an app.
    }

    /** A click on a card in dot-voting mode: one of the current voter's dots, or ({@code takeBack}) one back. */
    default void vote(String touchpointId, boolean takeBack) {
        // Nothing to do without an app.
    }

    /** Quick capture: Enter or Tab adds a card with this title at the end of the cell, as one step. */
    default void addTouchpoint(String stageId, String laneId, String title) {
        // Nothing to do without an app.
    }

    /** Quick capture: a list pasted into the field adds one card per title at the end of the cell, as one step. */
    default void addTouchpoints(String stageId, String laneId, List<String> titles) {
        // Nothing to do without an app.
    }

    /** Quick capture opened (true) or ended (false): the window may say how it goes on. */
    default void quickCaptureShown(boolean shown) {
        // Nothing to do without an app.
    }

    /** Actions that do nothing, until the app sets its own. */
    CanvasActions NONE = new CanvasActions() {
        @Override
        public void createTouchpoint(String stageId, String laneId) {
            // Nothing to do without an app.
        }

        @Override
        public void moveTouchpoints(List<String> ids, String stageId, String laneId, int indexInCell) {
            // Nothing to do without an app.
        }

        @Override
        public void setEmotion(String touchpointId, double emotion, boolean finished) {
            // Nothing to do without an app.
        }

        @Override
        public void renameTouchpoint(String touchpointId, String newTitle) {
            // Nothing to do without an app.
        }

        @Override
        public void openContextMenu(CellRef cell, String touchpointIdOrNull, double screenX, double screenY) {
            // Nothing to do without an app.
        }
    };
}
