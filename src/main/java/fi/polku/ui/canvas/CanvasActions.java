package fi.polku.ui.canvas;

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
