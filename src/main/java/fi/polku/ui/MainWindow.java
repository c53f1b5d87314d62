package fi.polku.ui;

import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;
import fi.polku.ui.canvas.JourneyCanvas;
import fi.polku.ui.theme.ThemeSetting;
import fi.polku.ui.inspector.Inspector;
import fi.polku.ui.state.EditorState;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.SetChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One map window: menus and toolbar on top, the canvas in the middle, the inspector on the right and
 * the status bar below. It wires the parts together; each part does its own work.
 */
public final class MainWindow {
    private static final double INSPECTOR_SHARE = 0.74;
    private final Stage stage;
    private final PolkuHome home;
    private final Document document;
    private final DocumentEditor editor;
    private final EditorState state;
    private final JourneyCanvas canvas;
    private final ThemeSetting themeSetting;
    private final Inspector inspector;
    private final StatusBar statusBar;
    private final DocumentFiles files;
    private final RecoveryStore recovery;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final Dialogs dialogs;
    private final AnalysisDock analysisDock;
    private final fi.polku.ui.voting.DotVoting dotVoting;
    /** Made on the first Ctrl+F or F3: a start shows no find bar, and its field and buttons cost the first frame. */
    private fi.polku.ui.find.FindBar findBar;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "polku-files");
        t.setDaemon(true);
        return t;
    });
    private final SplitPane split = new SplitPane();
    private final BooleanProperty inspectorShown = new SimpleBooleanProperty(true);
    private final javafx.beans.property.StringProperty selectionText =
            new javafx.beans.property.SimpleStringProperty();

    public MainWindow(Stage stage, PolkuHome home, JourneyMap initial, Path file) {
        this.stage = stage;
        this.home = home;
        this.document = new Document(initial, file);
        this.state = document.state();
        this.canvas = new JourneyCanvas(state);
        this.themeSetting = new ThemeSetting(home.preferences());
        canvas.themeProperty().bind(themeSetting.canvasTheme());
        this.editor = new DocumentEditor(document.history());
        this.dialogs = new Dialogs(stage);
        editor.setDeletionConfirmation(dialogs::confirmDeletion);
        this.recent = new RecentFiles(home.preferences());
        this.recovery = new RecoveryStore(home.recoveryFolder());
        this.files = new DocumentFiles(stage, document, editor, recent, dialogs, background, this::showMessage);
        files.setDefaultBrand(() -> BrandSetting.stored(home));
        files.setOnRepaired((map, problems) -> document.file().ifPresent(path -> {
            ProblemsPanel panel = new ProblemsPanel(stage, path, map, problems, canvas, state);
            panel.closeWhen(document.replacementsProperty());
            panel.show();
        }));
        this.statusBar = new StatusBar(document, canvas.zoomProperty(), selectionText,
                files.runningProperty().greaterThan(0));
        this.autosave = new Autosave(document, recovery, background, this::showMessage);
        this.inspector = new Inspector(document, editor, canvas, home);
        this.analysisDock = new AnalysisDock(document, canvas);
        this.dotVoting = new fi.polku.ui.voting.DotVoting(document, editor, stage, canvas, this::showMessage);
        OpportunityActions opportunities = new OpportunityActions(this);
        analysisDock.setOpportunities(opportunities);
        opportunities.installOnCanvas();

        canvas.setMap(document.current());
        canvas.setActions(new CanvasGestures(this));
        fi.polku.ui.persona.PersonaMarks.installKeys(canvas, editor, document::current, state::selection);
        document.mapProperty().addListener((o, old, map) -> mapChanged(map));
        // A map opened or started anew is shown whole, not at the zoom the previous map was left at.
        document.replacementsProperty().addListener((o, was, now) -> canvas.fitToWindow());
        state.selection().addListener((SetChangeListener<String>) c -> describeSelection());
        state.selectedStageProperty().addListener((o, was, now) -> describeSelection());
        state.selectedLaneProperty().addListener((o, was, now) -> describeSelection());
        state.selectedConnectionProperty().addListener((o, was, now) -> describeSelection());
        state.selectedOpportunityProperty().addListener((o, was, now) -> describeSelection());
        describeSelection();

        WindowActions actions = new WindowActions(this);
        split.getItems().addAll(analysisDock.node(), inspector);
        split.setDividerPositions(INSPECTOR_SHARE);
        SplitPane.setResizableWithParent(inspector, false);
        inspectorShown.addListener((o, was, shown) -> {
            if (shown) {
                split.getItems().add(inspector);
                split.setDividerPositions(INSPECTOR_SHARE);
            } else {
                split.getItems().remove(inspector);
            }
        });

        BorderPane root = new BorderPane(split);
        root.setId("main-window");
        root.setTop(new VBox(actions.menuBar(), actions.toolBar(), dotVoting.bar()));
        root.setBottom(statusBar);
        statusBar.getChildren().add(2, new fi.polku.ui.persona.PersonaFilterChip(document).node());
        // 1400 x 900, or less on a smaller screen, so that the window never starts larger than the screen.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("polku.css").toExternalForm());
        actions.install(scene);
        acceptDroppedFiles(root);
        TextMenus.installEverywhere();
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> Messages.format(
                document.isDirty() ? "window.title.dirty" : "window.title", displayTitle(document.current())),
                document.mapProperty(), document.dirtyProperty(), Messages.language()));
        // What is not bound to the language is made again in the new one; a closed window stops listening.
        Runnable stopRelabelling = Localization.onUiChange(language -> relabel());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                // A window that goes away without a clean close (tests hide theirs) leaves its recovery copy to
                // be offered at the next start, and nothing running: the autosave timer and the background
                // thread would otherwise keep the whole window, its map and its undo history alive.
                autosave.stop();
                background.shutdown();
                stopRelabelling.run();
                // The stage may show another window's scene later (tests reuse one): it keeps nothing of this one.
                stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                stage.getProperties().remove(MainWindow.class, MainWindow.this);
            }
        });
        // Lets code in the same process reach the window of a running app: the kill-during-editing test's
        // driver watches its map from here, since it cannot construct the window itself and stay the app.
        stage.getProperties().put(MainWindow.class, this);
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
    }

    /** The map's title, or "Untitled map" for a map without one. */
    public static String displayTitle(JourneyMap map) {
        return map.title().isBlank() ? Messages.get("map.untitled") : map.title();
    }

    public void show() {
        stage.show();
        autosave.start();
        canvas.requestFocus();
    }

    /**
     * What a start shows: a recovered map if the user wants one, else the given file, else the last file,
     * else the bundled sample.
     */
    public void startUp(Path argument) {
        startUpWith(StartupRead.fileToOpen(argument, recent).map(StartupRead::begin).orElse(null));
    }

    /** {@link #startUp(Path)} with the start's file already being read; {@code read} is null for the sample. */
    public void startUpWith(StartupRead read) {
        if (offerRecovery()) {
            return;
        }
        if (read != null) {
            files.open(read);
        } else {
            files.openSample();
        }
    }

    /**
     * Before the window is shown: puts the start's map in it if it has been read by now and there is no
     * recovery copy to offer first, so that the first frame already shows the map; true if it did.
     */
    public boolean adoptStartupRead(StartupRead read) {
        try {
            if (!recovery.orphans().isEmpty()) {
                return false;
            }
        } catch (IOException e) {
            return false; // startUp says so once the window is there
        }
        return files.adoptIfRead(read);
    }

    /**
     * Offers each recovery copy that no running session holds, newest first; returns true when one was
     * recovered into this window. Another running Polku's copies are neither offered nor deleted.
     */
    public boolean offerRecovery() {
        List<RecoveryStore.Entry> entries;
        try {
            entries = recovery.orphans();
        } catch (IOException e) {
            showMessage(Messages.format("recovery.listFailed", recovery.folder()));
            return false;
        }
        for (RecoveryStore.Entry entry : entries) {
            switch (dialogs.askRecover(entry.title(), entry.savedAt(), entry.original())) {
                case RECOVER -> {
                    try {
                        document.replaceWithRecovered(recovery.load(entry), entry.original());
                        autosave.adopt(entry.id());
                        return true;
                    } catch (fi.polku.io.MapFileException e) {
                        dialogs.showOpenProblems(entry.mapFile(), e.problems());
                    }
                }
                case DISCARD -> deleteRecovery(entry);
                case LATER -> { /* keep it for the next start */ }
            }
        }
        return false;
    }

    /** Closes the window after the unsaved-changes question; a clean close removes the recovery copy. */
    public void requestClose() {
        files.whenSafeToLeave(() -> {
            // The copy goes before the session lock is let go (hiding stops autosaving), so that no other start
            // sees it unowned. Wait for it: once the last window is gone the JVM may exit at once, and a
            // leftover copy would offer already discarded work at the next start.
            try {
                autosave.discard().get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                showMessage(Messages.format("recovery.deleteFailed", recovery.folder()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stage.hide();
        });
    }

    public Document document() {
        return document;
    }

    public DocumentEditor editor() {
        return editor;
    }

    public JourneyCanvas canvas() {
        return canvas;
    }

    public Autosave autosave() {
        return autosave;
    }

    public DocumentFiles files() {
        return files;
    }

    public RecentFiles recent() {
        return recent;
    }

    Stage stage() {
        return stage;
    }

    Dialogs dialogs() {
        return dialogs;
    }

    Inspector inspector() {
        return inspector;
    }

    /** What is selected in this window's map: the document's editor state. */
    public EditorState state() {
        return state;
    }

    /** The window's dot voting: its bar, clicks on cards while it is on, Apply Votes and Clear Votes. */
    fi.polku.ui.voting.DotVoting dotVoting() {
        return dotVoting;
    }

    AnalysisDock analysisDock() {
        return analysisDock;
    }

    /** The find bar above the canvas (Ctrl+F). */
    fi.polku.ui.find.FindBar findBar() {
        if (findBar == null) {
            findBar = new fi.polku.ui.find.FindBar(new fi.polku.ui.find.FindSession(state, document.mapProperty(),
                    canvas::revealCard), state, analysisDock.canvasArea(), canvas);
        }
        return findBar;
    }

    BooleanProperty inspectorShownProperty() {
        return inspectorShown;
    }

    /** The window's theme: its stylesheet and the canvas palette. */
    ThemeSetting themeSetting() {
        return themeSetting;
    }

    PolkuHome home() {
        return home;
    }

    void showMessage(String text) {
        statusBar.messageProperty().set(text);
    }

    /** The status bar's message now, so that a hint can be taken away only while it is still shown. */
    String statusMessage() {
        return statusBar.messageProperty().get();
    }

    /**
     * After a change of the user-interface language: the undo names, the inspector, the analysis views and
     * the status bar's selection are made again in the new one. Menus, toolbar, title and status bar are
     * bound to the language and change by themselves; the map, its selection, zoom and history stay.
     */
    private void relabel() {
        inspector.relabel();
        analysisDock.relabel();
        describeSelection();
    }

    private void mapChanged(JourneyMap map) {
        canvas.setMap(map);
        describeSelection();
    }

    private static String titleOf(JourneyMap map, String touchpointId) {
        return fi.polku.edit.UndoText.title(map.touchpoint(touchpointId).map(fi.polku.model.Touchpoint::title).orElse(""));
    }

    /** The status bar's words for the selection: a count of cards, or the selected stage or lane. */
    private void describeSelection() {
        JourneyMap map = document.current();
        String stage = state.selectedStageProperty().get();
        String lane = state.selectedLaneProperty().get();
        String arrow = state.selectedConnectionProperty().get();
        var connection = map.connections().stream().filter(c -> c.id().equals(arrow)).findFirst();
        var opportunity = map.opportunities().stream()
                .filter(o -> o.id().equals(state.selectedOpportunity())).findFirst();
        if (opportunity.isPresent()) {
            selectionText.set(Messages.format("status.opportunitySelected",
                    fi.polku.edit.UndoText.title(opportunity.get().text())));
        } else if (connection.isPresent()) {
            selectionText.set(Messages.format("status.arrowSelected", titleOf(map, connection.get().from()),
                    titleOf(map, connection.get().to())));
        } else if (state.selection().isEmpty() && stage != null) {
            selectionText.set(Messages.format("status.stageSelected",
                    map.stage(stage).map(fi.polku.model.Stage::name).orElse(stage)));
        } else if (state.selection().isEmpty() && lane != null) {
            selectionText.set(Messages.format("status.laneSelected",
                    map.lane(lane).map(fi.polku.model.Lane::name).orElse(lane)));
        } else {
            selectionText.set(Messages.format("status.selection", state.selection().size()));
        }
    }

    private void deleteRecovery(RecoveryStore.Entry entry) {
        try {
            recovery.deleteOrphan(entry);
        } catch (IOException e) {
            showMessage(Messages.format("recovery.deleteFailed", entry.mapFile()));
        }
    }

    private void acceptDroppedFiles(BorderPane root) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            var dropped = e.getDragboard().getFiles();
            boolean ok = !dropped.isEmpty();
            if (ok) {
                Path file = dropped.getFirst().toPath();
                // Ask about unsaved changes after the drop gesture has finished, not inside it.
                Platform.runLater(() -> files.open(file));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
