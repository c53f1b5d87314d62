package fi.polku.ui;

import fi.polku.edit.UpdateConnection;
import fi.polku.text.Text;
import fi.polku.ui.canvas.CanvasActions;
import fi.polku.ui.state.CellRef;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.util.List;

/** Turns what the user does on the canvas into steps of the {@link DocumentEditor}. */
final class CanvasGestures implements CanvasActions {
    private final MainWindow window;
    /** The menu last shown, closed before another opens so that one request never shows two menus. */
    private ContextMenu shown;

    CanvasGestures(MainWindow window) {
        this.window = window;
    }

    @Override
    public void createTouchpoint(String stageId, String laneId) {
        String id = window.editor().addTouchpoint(stageId, laneId);
        var canvas = window.canvas();
        window.state().clearSelection();
        window.state().selection().add(id);
        // The canvas lays the new card out on the next pulse; rename once it exists.
        Platform.runLater(() -> canvas.beginRename(id));
    }

    @Override
    public void vote(String touchpointId, boolean takeBack) {
        window.dotVoting().vote(touchpointId, takeBack);
    }

    @Override
    public void addTouchpoint(String stageId, String laneId, String title) {
        // The new card is not selected: its ring would look like the field beneath it, which is where the
        // eye should stay; the card is there to see, and Undo takes it back.
        window.editor().addTouchpoint(stageId, laneId, title);
    }

    @Override
    public void addTouchpoints(String stageId, String laneId, List<String> titles) {
        window.state().selectCards(window.editor().addTouchpoints(stageId, laneId, titles));
    }

    @Override
    public void quickCaptureShown(boolean shown) {
        String hint = Messages.get("capture.status");
        if (shown) {
            window.showMessage(hint);
        } else if (hint.equals(window.statusMessage())) {
            window.showMessage("");
        }
    }

    @Override
    public void moveTouchpoints(List<String> ids, String stageId, String laneId, int indexInCell) {
        var filter = window.state().personaFilter();
        // With other personas' cards hidden, the canvas counts only the cards it shows.
        int index = filter.persona() == null || filter.mode() != fi.polku.ui.state.PersonaFilter.Mode.HIDE
                ? indexInCell : fi.polku.model.PersonaJourney.indexInCell(window.document().current(),
                filter.persona(), java.util.Set.copyOf(ids), stageId, laneId, indexInCell);
        window.editor().moveTouchpoints(ids, stageId, laneId, index);
    }

    @Override
    public void setEmotion(String touchpointId, double emotion, boolean finished) {
        double clamped = Math.max(-3, Math.min(3, emotion));
        window.editor().updateTouchpoints(List.of(touchpointId), t -> t.withEmotion(clamped),
                Text.of("step.setEmotion"), "emotion-drag:" + touchpointId);
        if (finished) {
            window.editor().endMerge();
        }
    }

    @Override
    public void renameTouchpoint(String touchpointId, String newTitle) {
        window.editor().renameTouchpoint(touchpointId, newTitle);
    }

    @Override
    public void openContextMenu(CellRef cell, String touchpointIdOrNull, double screenX, double screenY) {
        ContextMenu menu = new ContextMenu();
        var editor = window.editor();
        var canvas = window.canvas();
        if (cell != null) {
            menu.getItems().add(item("context.newTouchpoint",
                    () -> createTouchpoint(cell.stageId(), cell.laneId())));
        }
        if (touchpointIdOrNull != null) {
            if (!window.state().selection().contains(touchpointIdOrNull)) {
                window.state().clearSelection();
                window.state().selection().add(touchpointIdOrNull);
            }
            TouchpointClipboard clipboard = new TouchpointClipboard(window);
            List<String> selected = clipboard.selectionInMapOrder();
            MenuItem connect = item("context.connect", () -> editor.connectInOrder(selected));
            connect.setDisable(selected.size() < 2);
            menu.getItems().addAll(
                    item("context.rename", () -> canvas.beginRename(touchpointIdOrNull)),
                    new SeparatorMenuItem(),
                    item("context.cut", clipboard::cut),
                    item("context.copy", clipboard::copy),
                    item("context.duplicate", clipboard::duplicate),
                    item("context.delete", () -> editor.deleteTouchpoints(selected)),
                    new SeparatorMenuItem(),
                    connect,
                    item("context.disconnect", () -> editor.removeConnectionsOf(selected)));
            var personas = fi.polku.ui.persona.PersonaMarks.menu(editor, window.document().current(), selected);
            if (personas != null) {
                menu.getItems().addAll(new SeparatorMenuItem(), personas);
            }
        }
        if (cell != null && (TouchpointClipboard.hasTouchpoints() || TouchpointClipboard.hasLines())) {
            menu.getItems().add(item("context.paste", () -> new TouchpointClipboard(window).paste()));
        }
        if (cell != null) {
            menu.getItems().addAll(new SeparatorMenuItem(),
                    item("context.insertStage", () -> editor.addStage(cell.stageId())),
                    item("context.insertLane", () -> editor.addLane(cell.laneId())),
                    new SeparatorMenuItem(),
                    // Select the header so that its own menu, F2, Delete and the move keys reach it from
                    // the keyboard, where no pointer can click it.
                    item("context.selectStage", () -> selectStage(cell.stageId())),
                    item("context.selectLane", () -> selectLane(cell.laneId())));
        }
        show(menu, screenX, screenY);
    }

    @Override
    public void moveStage(String stageId, int toIndex) {
        window.editor().moveStageTo(stageId, toIndex);
    }

    @Override
    public void moveLane(String laneId, int toIndex) {
        window.editor().moveLaneTo(laneId, toIndex);
    }

    @Override
    public void renameStage(String stageId, String newName) {
        window.editor().renameStage(stageId, newName, false);
    }

    @Override
    public void renameLane(String laneId, String newName) {
        window.editor().renameLane(laneId, newName, false);
    }

    @Override
    public void openHeaderMenu(String stageId, String laneId, double screenX, double screenY) {
        var editor = window.editor();
        var canvas = window.canvas();
        var map = window.document().current();
        ContextMenu menu = new ContextMenu();
        menu.setId("header-menu");
        if (stageId != null) {
            int at = map.stages().stream().map(s -> s.id()).toList().indexOf(stageId);
            MenuItem left = item("context.stage.moveLeft", () -> editor.moveStage(stageId, -1));
            left.setDisable(at <= 0);
            MenuItem right = item("context.stage.moveRight", () -> editor.moveStage(stageId, 1));
            right.setDisable(at >= map.stages().size() - 1);
            menu.getItems().addAll(
                    item("context.header.rename", () -> canvas.beginHeaderRename(stageId, null)),
                    new SeparatorMenuItem(),
                    item("context.stage.insertBefore", () -> selectStage(editor.addStageBefore(stageId))),
                    item("context.stage.insertAfter", () -> selectStage(editor.addStage(stageId))),
                    new SeparatorMenuItem(), left, right, new SeparatorMenuItem(),
                    item("context.stage.delete", () -> editor.deleteStage(stageId)));
        } else if (laneId != null) {
            int at = map.lanes().stream().map(l -> l.id()).toList().indexOf(laneId);
            MenuItem up = item("context.lane.moveUp", () -> editor.moveLane(laneId, -1));
            up.setDisable(at <= 0);
            MenuItem down = item("context.lane.moveDown", () -> editor.moveLane(laneId, 1));
            down.setDisable(at >= map.lanes().size() - 1);
            menu.getItems().addAll(
                    item("context.header.rename", () -> canvas.beginHeaderRename(null, laneId)),
                    new SeparatorMenuItem(),
                    item("context.lane.insertBefore", () -> selectLane(editor.addLaneBefore(laneId))),
                    item("context.lane.insertAfter", () -> selectLane(editor.addLane(laneId))),
                    new SeparatorMenuItem(), up, down, new SeparatorMenuItem(),
                    item("context.lane.delete", () -> editor.deleteLane(laneId)));
        }
        show(menu, screenX, screenY);
    }

    @Override
    public void labelConnection(String connectionId, String label) {
        window.editor().labelConnection(connectionId, label);
    }

    @Override
    public void reconnectConnection(String connectionId, String fromId, String toId) {
        refused(window.editor().reconnectConnection(connectionId, fromId, toId));
    }

    @Override
    public void deleteConnection(String connectionId) {
        window.editor().deleteConnection(connectionId);
    }

    @Override
    public void openArrowMenu(String connectionId, double screenX, double screenY) {
        var canvas = window.canvas();
        ContextMenu menu = new ContextMenu();
        menu.setId("arrow-menu");
        menu.getItems().addAll(
                item("context.arrow.rename", () -> canvas.beginLabelEdit(connectionId)),
                item("context.arrow.reverse", () -> refused(window.editor().reverseConnection(connectionId))),
                new SeparatorMenuItem(),
                item("context.arrow.delete", () -> deleteConnection(connectionId)));
        show(menu, screenX, screenY);
    }

    /** Says in the status bar why an arrow was left as it was; nothing when it was changed. */
    private void refused(UpdateConnection.Refusal refusal) {
        if (refusal != null) {
            window.showMessage(Messages.get(switch (refusal) {
                case NO_CARD -> "arrow.refused.noCard";
                case SELF_LOOP -> "arrow.refused.selfLoop";
                case DUPLICATE -> "arrow.refused.duplicate";
            }));
        }
    }

    private void show(ContextMenu menu, double screenX, double screenY) {
        if (shown != null) {
            shown.hide();
        }
        shown = menu;
        menu.show(window.canvas(), screenX, screenY);
    }

    private void selectStage(String id) {
        window.state().clearSelection();
        window.state().selectedLaneProperty().set(null);
        window.state().selectedStageProperty().set(id);
    }

    private void selectLane(String id) {
        window.state().clearSelection();
        window.state().selectedStageProperty().set(null);
        window.state().selectedLaneProperty().set(id);
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(e -> action.run());
        return item;
    }
}
