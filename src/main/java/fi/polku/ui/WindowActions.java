package fi.polku.ui;

import fi.polku.ui.canvas.JourneyCanvas;
import fi.polku.ui.state.CellRef;
import fi.polku.ui.theme.UiTheme;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/** Every command of the window as a {@link UiAction}, grouped by the menu that shows it. */
final class WindowActions {
    private final MainWindow window;
    private final Document document;
    private final DocumentEditor editor;
    private final JourneyCanvas canvas;
    private final fi.polku.ui.state.EditorState state;
    /** Menu name key to its actions, in menu order; also the order of the shortcut sheet. */
    private final Map<String, List<UiAction>> menus = new LinkedHashMap<>();
    private final UiAction undo;
    private final UiAction redo;
    private final PresentationActions presentation;

    WindowActions(MainWindow window) {
        this.window = window;
        this.document = window.document();
        this.editor = window.editor();
        this.canvas = window.canvas();
        this.state = window.state();
        DocumentFiles files = window.files();

        UiAction save = new UiAction("save", key(KeyCode.S), MaterialDesignC.CONTENT_SAVE_OUTLINE, () -> files.save(() -> { }));
        UiAction revert = new UiAction("revert", null, MaterialDesignR.RESTORE, files::revert);
        revert.disabledProperty().bind(document.fileProperty().isNull());
        var templates = new fi.polku.ui.templates.TemplateActions(window.stage(), document, files, window.dialogs(),
                window.home().templatesFolder(), window::showMessage);
        menus.put("menu.file", List.of(
                new UiAction("new", key(KeyCode.N), MaterialDesignF.FILE_PLUS_OUTLINE, files::newMap),
                new UiAction("newFromTemplate", key(KeyCode.N, SHIFT_DOWN),
                        org.kordamp.ikonli.materialdesign2.MaterialDesignV.VIEW_GRID_PLUS_OUTLINE,
                        templates::newFromTemplate),
                new UiAction("newFromSheet", null, MaterialDesignF.FILE_TABLE_OUTLINE,
                        () -> files.newFromSpreadsheet(null)),
                new UiAction("open", key(KeyCode.O), MaterialDesignF.FOLDER_OPEN_OUTLINE, files::open),
                save,
                new UiAction("saveAs", key(KeyCode.S, SHIFT_DOWN), MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE,
                        () -> files.saveAs(() -> { })),
                new UiAction("saveAsTemplate", null, MaterialDesignF.FILE_STAR_OUTLINE, templates::saveAsTemplate),
                revert,
                new UiAction("export", key(KeyCode.E), org.kordamp.ikonli.materialdesign2.MaterialDesignE.EXPORT,
                        () -> fi.polku.ui.export.ExportDialog.open(window.stage(), document.current(),
                                document.file().orElse(null), java.util.Set.copyOf(state.selection()),
                                window.home().preferences(), window::showMessage)
                                .choosePersona(state.personaFilter().persona())
                                .compare(state.compare().shown(), state.compare().labelProperty().get())),
                new UiAction("exportReport", null, MaterialDesignF.FILE_DOCUMENT_OUTLINE,
                        () -> fi.polku.ui.export.ReportExport.open(window.stage(), document.current(),
                                document.file().orElse(null), window::showMessage)),
                new UiAction("exportDeck", null, MaterialDesignF.FILE_POWERPOINT,
                        () -> fi.polku.ui.export.ReportExport.openDeck(window.stage(), document.current(),
                                document.file().orElse(null), window::showMessage)),
                new UiAction("print", key(KeyCode.P), org.kordamp.ikonli.materialdesign2.MaterialDesignP.PRINTER,
                        () -> fi.polku.ui.export.PrintChoice.open(window.stage(), document.current(),
                                window::showMessage)),
                new UiAction("importSurvey", key(KeyCode.I, SHIFT_DOWN), MaterialDesignT.TABLE_ARROW_LEFT,
                        this::importSurvey),
                new UiAction("close", key(KeyCode.Q), MaterialDesignC.CLOSE, window::requestClose,
                        key(KeyCode.W))));

        undo = new UiAction("undo", key(KeyCode.Z), MaterialDesignU.UNDO, editor::undo);
        undo.textProperty().bind(document.undoTextProperty());
        undo.disabledProperty().bind(document.canUndoProperty().not());
        redo = new UiAction("redo", key(KeyCode.Z, SHIFT_DOWN), MaterialDesignR.REDO, editor::redo, key(KeyCode.Y));
        redo.textProperty().bind(document.redoTextProperty());
        redo.disabledProperty().bind(document.canRedoProperty().not());
        UiAction rename = new UiAction("rename", new KeyCodeCombination(KeyCode.F2), MaterialDesignR.RENAME_BOX,
                this::rename);
        rename.disabledProperty().bind(state.nothingToRename());
        UiAction delete = new UiAction("delete", new KeyCodeCombination(KeyCode.DELETE),
                MaterialDesignD.DELETE_OUTLINE, this::deleteSelection);
        delete.disabledProperty().bind(state.nothingSelected());
        UiAction moveLeft = stageMove("moveStageLeft", KeyCode.LEFT, -1);
        UiAction moveRight = stageMove("moveStageRight", KeyCode.RIGHT, 1);
        UiAction moveUp = laneMove("moveLaneUp", KeyCode.UP, -1);
        UiAction moveDown = laneMove("moveLaneDown", KeyCode.DOWN, 1);
        TouchpointClipboard clipboard = new TouchpointClipboard(window);
        UiAction cut = whenSelected(new UiAction("cut", key(KeyCode.X), MaterialDesignC.CONTENT_CUT,
                textFieldOr(javafx.scene.control.TextInputControl::cut, clipboard::cut)), 1);
        UiAction copy = whenSelected(new UiAction("copy", key(KeyCode.C), MaterialDesignC.CONTENT_COPY,
                textFieldOr(javafx.scene.control.TextInputControl::copy, clipboard::copy)), 1);
        UiAction paste = new UiAction("paste", key(KeyCode.V), MaterialDesignC.CONTENT_PASTE,
                textFieldOr(javafx.scene.control.TextInputControl::paste, clipboard::paste));
        UiAction duplicate = whenSelected(new UiAction("duplicate", key(KeyCode.D), MaterialDesignC.CONTENT_DUPLICATE,
                clipboard::duplicate), 1);
        UiAction disconnect = whenSelected(new UiAction("disconnect", null, MaterialDesignV.VECTOR_POLYLINE_REMOVE,
                () -> editor.removeConnectionsOf(clipboard.selectionInMapOrder())), 1);
        menus.put("menu.edit", List.of(undo, redo, rename, cut, copy, paste, duplicate, delete, disconnect,
                new UiAction("copyAsImage", key(KeyCode.C, SHIFT_DOWN), MaterialDesignI.IMAGE_OUTLINE,
                        () -> fi.polku.ui.export.ImageCopy.copy(document.current(),
                                java.util.Set.copyOf(state.selection()), window::showMessage)),
                // Ctrl+A in a text field selects its text: the menu accelerator sees the key before the field does.
                new UiAction("selectAll", key(KeyCode.A), MaterialDesignS.SELECT_ALL,
                        textFieldOr(javafx.scene.control.TextInputControl::selectAll, canvas::selectAll)),
                new UiAction("clearSelection", new KeyCodeCombination(KeyCode.ESCAPE), null, this::escape),
                new UiAction("find", key(KeyCode.F), MaterialDesignM.MAGNIFY, () -> window.findBar().open()),
                new UiAction("findNext", new KeyCodeCombination(KeyCode.F3), MaterialDesignC.CHEVRON_DOWN,
                        () -> window.findBar().next()),
                new UiAction("findPrevious", new KeyCodeCombination(KeyCode.F3, SHIFT_DOWN), MaterialDesignC.CHEVRON_UP,
                        () -> window.findBar().previous()),
                moveLeft, moveRight, moveUp, moveDown,
                new UiAction("preferences", key(KeyCode.COMMA), MaterialDesignC.COG_OUTLINE,
                        () -> PreferencesDialog.show(window.stage(), window.home(), window.themeSetting()))));

        menus.put("menu.view", List.of(
                new UiAction("zoomIn", key(KeyCode.EQUALS), MaterialDesignM.MAGNIFY_PLUS_OUTLINE, canvas::zoomIn,
                        key(KeyCode.ADD), key(KeyCode.PLUS)),
                new UiAction("zoomOut", key(KeyCode.MINUS), MaterialDesignM.MAGNIFY_MINUS_OUTLINE, canvas::zoomOut,
                        key(KeyCode.SUBTRACT)),
                new UiAction("resetZoom", key(KeyCode.DIGIT0), MaterialDesignM.MAGNIFY, canvas::resetZoom),
                new UiAction("fitToWindow", key(KeyCode.DIGIT9), MaterialDesignF.FIT_TO_SCREEN_OUTLINE, canvas::fitToWindow),
                new UiAction("zoomToSelection", key(KeyCode.DIGIT8), MaterialDesignM.MAGNIFY_SCAN, canvas::zoomToSelection),
                new UiAction("toggleAnalysis", key(KeyCode.A, SHIFT_DOWN), MaterialDesignC.CHART_SCATTER_PLOT,
                        () -> window.analysisDock().shownProperty().set(!window.analysisDock().shownProperty().get())),
                new UiAction("toggleInspector", key(KeyCode.I), MaterialDesignD.DOCK_RIGHT,
                        () -> window.inspectorShownProperty().set(!window.inspectorShownProperty().get())),
                new UiAction("focusCanvas", key(KeyCode.DIGIT1), null, canvas::requestFocus),
                new UiAction("focusInspector", key(KeyCode.DIGIT2), null, this::focusInspector),
                theme("themeLight", UiTheme.LIGHT, null),
                theme("themeDark", UiTheme.DARK, key(KeyCode.D, SHIFT_DOWN)),
                theme("themeHighContrast", UiTheme.HIGH_CONTRAST, null),
                new UiAction("projectorMode", key(KeyCode.P, SHIFT_DOWN), MaterialDesignP.PROJECTOR_SCREEN_OUTLINE,
                        () -> window.themeSetting().projectorProperty().set(!window.themeSetting().projectorProperty().get())),
                new UiAction("dotVoting", key(KeyCode.V, SHIFT_DOWN), MaterialDesignV.VOTE_OUTLINE,
                        () -> window.dotVoting().toggle()),
                new UiAction("personas", key(KeyCode.E, SHIFT_DOWN), MaterialDesignA.ACCOUNT_GROUP_OUTLINE,
                        () -> fi.polku.ui.persona.PersonasWindow.open(window.stage(), document, editor)),
                new UiAction("compareWith", null, MaterialDesignC.COMPARE, () -> compareWith().open())));

        // Presentation mode (issue 16): Present (F5) and Choose Slides… at the end of the View menu.
        presentation = new PresentationActions(window);
        menus.put("menu.view", java.util.stream.Stream.concat(menus.get("menu.view").stream(),
                presentation.actions().stream()).toList());

        menus.put("menu.insert", List.of(
                new UiAction("insertTouchpoint", key(KeyCode.ENTER), MaterialDesignC.CARD_PLUS_OUTLINE,
                        this::insertTouchpoint),
                // Ctrl+Shift, not Ctrl+Alt: Ctrl+Alt+arrows switch workspaces on GNOME, KDE, Xfce and Cinnamon
                // and rotate the screen on some Windows drivers (ReservedShortcutsTest keeps them out).
                new UiAction("insertStage", key(KeyCode.RIGHT, SHIFT_DOWN), MaterialDesignT.TABLE_COLUMN_PLUS_AFTER,
                        () -> selectStage(editor.addStage(currentStage()))),
                new UiAction("insertLane", key(KeyCode.DOWN, SHIFT_DOWN), MaterialDesignT.TABLE_ROW_PLUS_AFTER,
                        () -> selectLane(editor.addLane(currentLane()))),
                whenSelected(new UiAction("connect", key(KeyCode.L), MaterialDesignV.VECTOR_POLYLINE,
                        () -> editor.connectInOrder(clipboard.selectionInMapOrder())), 2),
                new UiAction("newOpportunity", key(KeyCode.O, SHIFT_DOWN), MaterialDesignL.LIGHTBULB_ON_OUTLINE,
                        new OpportunityActions(window)::create)));

        menus.put("menu.help", List.of(
                new UiAction("shortcuts", new KeyCodeCombination(KeyCode.F1), MaterialDesignK.KEYBOARD_OUTLINE,
                        () -> window.dialogs().showInformation(Messages.get("shortcuts.title"),
                                ShortcutSheet.build(menus))),
                new UiAction("openSample", null, MaterialDesignM.MAP_OUTLINE, files::openSampleCopy),
                new UiAction("about", null, MaterialDesignI.INFORMATION_OUTLINE,
                        () -> window.dialogs().showInformation(Messages.get("about.title"),
                                new javafx.scene.control.Label(Messages.get("about.text"))))));
    }

    Map<String, List<UiAction>> menus() {
        return menus;
    }

    /** View → Theme → one of the themes, whose radio item the menu ticks. */
    private UiAction theme(String id, UiTheme theme, KeyCombination accelerator) {
        return new UiAction(id, accelerator, theme == UiTheme.DARK ? MaterialDesignT.THEME_LIGHT_DARK : null,
                () -> window.themeSetting().themeProperty().set(theme));
    }

    /** View → Present and Choose Slides…, and the presentation they start. */
    PresentationActions presentation() {
        return presentation;
    }

    /** The action with this id, e.g. "save". */
    UiAction action(String id) {
        return menus.values().stream().flatMap(List::stream).filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow();
    }

    javafx.scene.control.MenuBar menuBar() {
        return MainMenus.menuBar(this, window);
    }

    javafx.scene.control.ToolBar toolBar() {
        return MainMenus.toolBar(this);
    }

    /**
     * Registers the second shortcuts (Ctrl+Y...) and makes undo and redo always mean the map's history,
     * even inside a text field, whose own undo would otherwise take the keys.
     */
    void install(Scene scene) {
        for (UiAction action : menus.values().stream().flatMap(List::stream).toList()) {
            for (KeyCombination alternative : action.alternatives()) {
                scene.getAccelerators().put(alternative, action::run);
            }
        }
        // Check items (inspector, analysis, theme) too: a menu accelerator only fires a CheckMenuItem's
        // action event and never toggles it, so their shortcuts would otherwise do nothing.
        List<UiAction> direct = List.of(undo, redo, action("toggleInspector"), action("toggleAnalysis"),
                action("projectorMode"), action("dotVoting"));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (UiAction action : direct) {
                boolean match = action.accelerator().match(e)
                        || action.alternatives().stream().anyMatch(k -> k.match(e));
                if (match) {
                    action.run();
                    e.consume();
                    return;
                }
            }
        });
        window.themeSetting().apply();
    }

    /** Esc in a field goes back to the map (keeping the selection); Esc on the map clears the selection. */
    private void escape() {
        Scene scene = canvas.getScene();
        if (scene != null && scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
            canvas.requestFocus();
        } else if (nothingToClear() && state.personaFilter().persona() != null) {
            // With nothing selected, Esc shows every persona's cards again.
            state.personaFilter().clear();
        } else {
            state.clearSelection();
            state.selectedOpportunityProperty().set(null);
        }
    }

    private boolean nothingToClear() {
        return state.selection().isEmpty() && state.selectedConnectionProperty().get() == null
                && state.selectedOpportunity() == null;
    }

    /** File → Import Survey: the dialog reads the answers; its one command makes the import one undo step. */
    private void importSurvey() {
        var dialog = new fi.polku.ui.analysis.SurveyImportDialog(document.current());
        DialogPlacement.centred(dialog, window.stage());
        dialog.showAndWait().ifPresent(command -> {
            editor.execute(command);
            window.analysisDock().shownProperty().set(true);
        });
    }

    /** Disabled until at least {@code least} touchpoints are selected. */
    private UiAction whenSelected(UiAction action, int least) {
        action.disabledProperty().bind(Bindings.size(state.selection()).lessThan(least));
        return action;
    }

    /**
     * The clipboard keys act on a focused text field as usual there, since the menu's shortcut would
     * otherwise take them from the field; elsewhere they act on the selected touchpoints.
     */
    private Runnable textFieldOr(java.util.function.Consumer<javafx.scene.control.TextInputControl> inField,
                                 Runnable onMap) {
        return () -> {
            Scene scene = canvas.getScene();
            if (scene != null && scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl field) {
                inField.accept(field);
            } else {
                onMap.run();
            }
        };
    }

    /** F2 renames the selected card, or else the selected stage or lane in its header. */
    private void rename() {
        if (state.selection().size() == 1) {
            canvas.beginRename(state.selection().iterator().next());
        } else if (state.selectedStageProperty().get() != null) {
            canvas.beginHeaderRename(state.selectedStageProperty().get(), null);
        } else if (state.selectedLaneProperty().get() != null) {
            canvas.beginHeaderRename(null, state.selectedLaneProperty().get());
        } else if (state.selectedConnectionProperty().get() != null) {
            canvas.beginLabelEdit(state.selectedConnectionProperty().get());
        }
    }

    private void deleteSelection() {
        Scene scene = canvas.getScene();
        if (scene != null && scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl field) {
            field.deleteNextChar();
        } else if (new OpportunityActions(window).deleteSelected()) {
            return;
        } else if (state.selectedConnectionProperty().get() != null) {
            editor.deleteConnection(state.selectedConnectionProperty().get());
        } else if (!state.selection().isEmpty()) {
            editor.deleteTouchpoints(List.copyOf(state.selection()));
        } else if (state.selectedStageProperty().get() != null) {
            editor.deleteStage(state.selectedStageProperty().get());
        } else if (state.selectedLaneProperty().get() != null) {
            editor.deleteLane(state.selectedLaneProperty().get());
        }
    }

    private void insertTouchpoint() {
        String stage = currentStage();
        String lane = currentLane();
        var map = document.current();
        if (stage == null && !map.stages().isEmpty()) {
            stage = map.stages().getFirst().id();
        }
        if (lane == null && !map.lanes().isEmpty()) {
            lane = map.lanes().getFirst().id();
        }
        if (stage != null && lane != null) {
            new CanvasGestures(window).createTouchpoint(stage, lane);
        }
    }

    private String currentStage() {
        CellRef cell = state.currentCellProperty().get();
        return state.selectedStageProperty().get() != null ? state.selectedStageProperty().get()
                : cell == null ? null : cell.stageId();
    }

    private String currentLane() {
        CellRef cell = state.currentCellProperty().get();
        return state.selectedLaneProperty().get() != null ? state.selectedLaneProperty().get()
                : cell == null ? null : cell.laneId();
    }

    private void selectStage(String id) {
        state.selectStage(id);
    }

    private void selectLane(String id) {
        state.selectLane(id);
    }

    /** View › Compare With…: the other side of the compare view, shown on this window's canvas. */
    fi.polku.ui.compare.CompareWith compareWith() {
        return new fi.polku.ui.compare.CompareWith(window.stage(), document::current, document.state().compare(),
                line -> window.dialogs().showError(Messages.get("compare.title"), Messages.get("compare.title"), line));
    }

    private void focusInspector() {
        window.inspectorShownProperty().set(true);
        window.inspector().focusFirstField();
    }

    private UiAction stageMove(String id, KeyCode code, int delta) {
        UiAction action = new UiAction(id, new KeyCodeCombination(code, ALT_DOWN, SHIFT_DOWN), null,
                () -> editor.moveStage(state.selectedStageProperty().get(), delta));
        action.disabledProperty().bind(state.selectedStageProperty().isNull());
        return action;
    }

    private UiAction laneMove(String id, KeyCode code, int delta) {
        UiAction action = new UiAction(id, new KeyCodeCombination(code, ALT_DOWN, SHIFT_DOWN), null,
                () -> editor.moveLane(state.selectedLaneProperty().get(), delta));
        action.disabledProperty().bind(state.selectedLaneProperty().isNull());
        return action;
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] all = new KeyCombination.Modifier[more.length + 1];
        all[0] = SHORTCUT_DOWN;
        System.arraycopy(more, 0, all, 1, more.length);
        return new KeyCodeCombination(code, all);
    }
}
