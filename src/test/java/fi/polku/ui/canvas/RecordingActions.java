package fi.polku.ui.canvas;

import fi.polku.ui.state.CellRef;
import java.util.ArrayList;
import java.util.List;

/** Canvas actions that only record what the canvas asked for, one line per call. */
final class RecordingActions implements CanvasActions {
    final List<String> calls = new ArrayList<>();

    @Override
    public void createTouchpoint(String stageId, String laneId) {
        calls.add("create " + stageId + " " + laneId);
    }

    @Override
    public void moveTouchpoints(List<String> ids, String stageId, String laneId, int indexInCell) {
        calls.add("move " + ids + " " + stageId + " " + laneId + " " + indexInCell);
    }

    @Override
    public void setEmotion(String touchpointId, double emotion, boolean finished) {
        calls.add("emotion " + touchpointId + " " + emotion + " " + finished);
    }

    @Override
    public void renameTouchpoint(String touchpointId, String newTitle) {
        calls.add("rename " + touchpointId + " " + newTitle);
    }

    @Override
    public void openContextMenu(CellRef cell, String touchpointIdOrNull, double screenX, double screenY) {
        calls.add("menu " + cell + " " + touchpointIdOrNull);
    }

    @Override
    public void labelConnection(String connectionId, String label) {
        calls.add("label " + connectionId + " " + label);
    }

    @Override
    public void reconnectConnection(String connectionId, String fromId, String toId) {
        calls.add("reconnect " + connectionId + " " + fromId + " " + toId);
    }

    @Override
    public void deleteConnection(String connectionId) {
        calls.add("deleteConnection " + connectionId);
    }

    @Override
    public void openArrowMenu(String connectionId, double screenX, double screenY) {
        calls.add("arrowMenu " + connectionId);
    }

    List<String> starting(String prefix) {
        return calls.stream().filter(c -> c.startsWith(prefix)).toList();
    }
}
