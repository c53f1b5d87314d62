package fi.polku.ui.export;

import fi.polku.export.ExportFormat;
import fi.polku.export.ExportOptions;
import fi.polku.export.ExportPicture;
import fi.polku.export.ExportTable;
import fi.polku.export.MapExporter;
import fi.polku.export.MapFilter;
import fi.polku.export.PngSize;
import fi.polku.export.Table;
import fi.polku.model.JourneyMap;
import fi.polku.ui.Dialogs;
import fi.polku.ui.Messages;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.prefs.Preferences;

/**
 * File → Export…: the format and contents of an export with a live preview, then the file is written off
 * the JavaFX thread with progress and Cancel. Choices are remembered for the next export.
 */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final JourneyMap map;
    private final Path mapFile;
    private final Preferences preferences;
    private final Consumer<String> status;
    private final Dialogs dialogs;
    private final ExportForm form;
    private final ExportPreview preview = new ExportPreview();
    private final Label size = new Label();
    private final Label progressText = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button exportButton = new Button(Messages.get("export.button.export"));
    private final Button closeButton = new Button(Messages.get("export.button.close"));
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private ExportChoices choices;
    private ExportPicture picture;
    private boolean valid;
    private Task<Path> task;
    private Thread worker;
    /** Asks where to write; tests replace it to bypass the native file chooser. */
    Function<String, Path> targetChooser = this::chooseTarget;
    /** Runs on the export thread just before writing; tests use it to cancel an export mid-way. */
    Runnable beforeWrite = () -> { };

    /**
     * @param mapFile   the map's own file, or null; its folder is where a first export goes
     * @param selection the touchpoints selected on the canvas, offered as the contents
     * @param status    shows a line in the window's status bar
     */
    public ExportDialog(Window owner, JourneyMap map, Path mapFile, Set<String> selection, Preferences preferences,
                        Consumer<String> status) {
        this.map = map;
        this.mapFile = mapFile;
        this.preferences = preferences;
        this.status = status;
        this.dialogs = new Dialogs(stage);
        this.choices = ExportChoices.load(preferences);
        this.form = new ExportForm(map, selection, choices);

        ScrollPane options = new ScrollPane(form.node());
        options.setFitToWidth(true);
        options.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        options.setPrefWidth(300);
        options.getStyleClass().add("export-options");
        size.setId("export-size");
        size.getStyleClass().add("field-label");
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox previewBox = new VBox(6, preview, size);
        previewBox.setAlignment(Pos.CENTER);
        previewBox.setPadding(new Insets(12));

        progress.setId("export-progress");
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(running);
        progressText.setId("export-progress-text");
        exportButton.setId("export-run");
        exportButton.setDefaultButton(true);
        exportButton.setOnAction(e -> chooseAndExport());
        closeButton.setId("export-close");
        closeButton.setCancelButton(true);
        closeButton.textProperty().bind(javafx.beans.binding.Bindings.when(running)
                .then(Messages.get("export.button.cancel")).otherwise(Messages.get("export.button.close")));
        closeButton.setOnAction(e -> closeOrCancel());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, progressText, grow, closeButton, exportButton);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("export-buttons");

        BorderPane root = new BorderPane(previewBox, null, null, buttons, options);
        root.setId("export-dialog");
        Scene scene = new Scene(root, 1000, 660);
        var css = Dialogs.class.getResource("polku.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        fi.polku.ui.DialogPlacement.centred(stage, owner);
        stage.setTitle(Messages.format("export.title", map.title().isBlank() ? Messages.get("map.untitled") : map.title()));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setOnCloseRequest(e -> cancel());
        // Closing without exporting keeps the choices too: the user set them up for next time.
        stage.setOnHidden(e -> form.choices(choices.folder()).save(preferences));
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeOrCancel();
            }
        });
        for (Observable o : form.observables()) {
            o.addListener(x -> refresh());
        }
        refresh();
    }

    /** Opens the dialog for {@code map}; the window's Export action calls this. */
    public static ExportDialog open(Window owner, JourneyMap map, Path mapFile, Set<String> selection,
                                    Preferences preferences, Consumer<String> status) {
        ExportDialog dialog = new ExportDialog(owner, map, mapFile, selection, preferences, status);
        dialog.stage.show();
        return dialog;
    }

    /** Starts with one persona's journey chosen (the one the canvas shows); null changes nothing. */
    public ExportDialog choosePersona(String personaId) {
        form.choosePersona(personaId);
        return this;
    }

    /**
     * Exports the compare view the canvas shows: its marks over the map and a line naming {@code label};
     * a null comparison leaves the export as it is.
     */
    public ExportDialog compare(fi.polku.metrics.MapComparison comparison, String label) {
        form.compare(fi.polku.export.ExportComparison.of(comparison, label));
        refresh();
        return this;
    }

    public Stage stage() {
        return stage;
    }

    /** True while a file is being written. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ExportForm form() {
        return form;
    }

    ExportPreview preview() {
        return preview;
    }

    /** The picture the preview shows, or null for a table or contents that cannot be shown. */
    ExportPicture picture() {
        return picture;
    }

    Thread worker() {
        return worker;
    }

    /** Redraws the preview and the size line from the current options. */
    private void refresh() {
        ExportFormat format = form.format();
        try {
            ExportOptions options = form.options();
            if (format.table()) {
                picture = null;
                // A CSV file holds the chosen table; a workbook's preview shows its first sheet.
                Table table = (format == ExportFormat.CSV ? form.table() : ExportTable.TOUCHPOINTS)
                        .of(MapFilter.apply(form.exported(), options.scope(), options.hiddenLaneIds()));
                String summary = Messages.format(format == ExportFormat.XLSX ? "export.table.xlsx" : "export.table.csv",
                        table.rows().size(), table.columns().size());
                preview.showTable(table);
                size.setText(summary);
            } else {
                picture = ExportPicture.of(form.exported(), options);
                int[] px = OutputSize.pngPixels(picture, options);
                if (format == ExportFormat.PNG && !PngSize.fits(px[0], px[1])) {
                    // Refuse here rather than after a long render: the engine would refuse it too.
                    throw new IllegalArgumentException(Messages.format("export.tooLarge", px[0], px[1]));
                }
                preview.showSheets(picture, options.transparent(), OutputSize.sheets(picture, format, options));
                size.setText(OutputSize.describe(picture, format, options));
            }
            valid = true;
        } catch (IllegalArgumentException e) {
            // Options that select nothing (e.g. every lane hidden): say why instead of a preview.
            picture = null;
            preview.showPicture(null, false);
            size.setText(Messages.format("export.invalid", e.getMessage()));
            valid = false;
        }
        exportButton.setDisable(!valid || running.get());
    }

    private void chooseAndExport() {
        Path target = targetChooser.apply(ExportFileName.suggest(map.title(), form.format(), Messages.get("map.untitled")));
        if (target != null) {
            exportTo(target);
        }
    }

    private Path chooseTarget(String suggestedName) {
        ExportFormat format = form.format();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.chooser.title"));
        chooser.setInitialFileName(suggestedName);
        choices.existingFolder().or(() -> java.util.Optional.ofNullable(mapFile).map(Path::toAbsolutePath)
                        .map(Path::getParent).filter(java.nio.file.Files::isDirectory))
                .ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("export.format." + format.name()), "*." + format.extension()));
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return null;
        }
        Path path = chosen.toPath();
        return ExportFormat.ofFileName(path.getFileName().toString()).isPresent() ? path
                : path.resolveSibling(path.getFileName() + "." + format.extension());
    }

    /** Writes the export to {@code target} on a background thread; the dialog closes when it succeeds. */
    void exportTo(Path target) {
        if (running.get() || !valid) {
            return;
        }
        ExportFormat format = form.format();
        ExportOptions options = form.options();
        ExportTable csvTable = form.table();
        JourneyMap exported = form.exported();
        Path folder = target.toAbsolutePath().getParent();
        choices = form.choices(folder);
        choices.save(preferences);
        Runnable hook = beforeWrite;
        task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                hook.run();
                // PNG and PDF say how far they got; the others take a moment and show only the spinner.
                MapExporter.export(exported, format, options, csvTable, target, fraction -> {
                    updateProgress(fraction, 1);
                    updateMessage(Messages.format("export.running.percent", target.getFileName(),
                            (int) Math.floor(fraction * 100)));
                });
                return target;
            }
        };
        task.setOnSucceeded(e -> finished(() -> {
            status.accept(Messages.format("export.done", target.toAbsolutePath()));
            stage.close();
        }));
        task.setOnCancelled(e -> finished(() -> progressText.setText(Messages.get("export.cancelled"))));
        task.setOnFailed(e -> finished(() -> failed(target, task.getException())));
        running.set(true);
        exportButton.setDisable(true);
        progressText.setText(Messages.format("export.running", target.getFileName()));
        progress.progressProperty().bind(task.progressProperty());
        task.messageProperty().addListener((o, was, now) -> {
            if (running.get() && !now.isEmpty()) {
                progressText.setText(now);
            }
        });
        worker = new Thread(task, "polku-export");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops a running export: its thread is interrupted and the engine removes the unfinished file. */
    void cancel() {
        if (task != null && task.isRunning()) {
            task.cancel(true);
        }
    }

    private void closeOrCancel() {
        if (running.get()) {
            cancel();
        } else {
            stage.close();
        }
    }

    private void finished(Runnable then) {
        running.set(false);
        progress.progressProperty().unbind();
        exportButton.setDisable(!valid);
        progressText.setText("");
        then.run();
    }

    private void failed(Path target, Throwable error) {
        if (error instanceof InterruptedIOException) {
            progressText.setText(Messages.get("export.cancelled"));
            return;
        }
        String reason = error instanceof AccessDeniedException ? Messages.get("export.reason.permission")
                : error instanceof NoSuchFileException ? Messages.get("export.reason.noFolder")
                : error instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
        if (!(error instanceof IOException) && !(error instanceof IllegalArgumentException)) {
            reason = Messages.format("export.reason.unexpected", reason);
        }
        String line = Messages.format("export.failed.line", target.toAbsolutePath(), reason);
        // After the task's own handler: a modal alert inside it would hold up the task's completion.
        Platform.runLater(() -> dialogs.showError(Messages.get("export.failed.title"),
                Messages.format("export.failed.header", target.getFileName()), line));
        progressText.setText(Messages.get("export.failed.title"));
    }
}
