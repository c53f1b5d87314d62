// STUB: replaced at merge
package fi.polku.ui.canvas;

import java.util.List;

/** What the canvas asks the app to do; the app turns each call into one undoable command. */
public interface CanvasActions {
    void createTouchpoint(String stageId, String laneId);

    void moveTouchpoints(List<String> ids, String stageId, String laneId, int indexInCell);

    void setEmotion(String touchpointId, double emotion, boolean finished);

    void renameTouchpoint(String touchpointId, String newTitle);

    void openContextMenu(CellRef cell, String touchpointIdOrNull, double screenX, double screenY);
}
