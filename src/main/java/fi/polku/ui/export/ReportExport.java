package fi.polku.ui.export;

import fi.polku.export.ExportFormat;
import fi.polku.export.report.DeckWriter;
import fi.polku.export.report.ReportOptions;
import fi.polku.export.report.ReportWriter;
import fi.polku.model.JourneyMap;
import fi.polku.ui.Dialogs;
import fi.polku.ui.Messages;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * File → Export Report…: asks where to save the client report (named after the map), then writes it off the
 * JavaFX thread in a small window with its progress and Cancel; the window closes when it is done.
 */
public final class ReportExport {
    private final Window owner;
    private final boolean deck;
    private final JourneyMap map;
    private final Path mapFile;
    private final Consumer<String> status;
    private static final String EXTENSION_PPTX = ".pptx";
    private final Stage stage = new Stage();
    private final Label message = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Button cancel = new Button(Messages.get("export.button.cancel"));
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private Task<Path> task;
    /** Asks where to write; tests replace it to bypass the native file chooser. */
    Function<String, Path> targetChooser = this::chooseTarget;
    /** Runs on the writing thread before the report is made; tests use it to cancel mid-way. */
    Runnable beforeWrite = () -> { };

    ReportExport(Window owner, JourneyMap map, Path mapFile, Consumer<String> status) {
        this(owner, false, map, mapFile, status);
    }

    /** @param deck true for the PowerPoint deck, false for the PDF report */
    ReportExport(Window owner, boolean deck, JourneyMap map, Path mapFile, Consumer<String> status) {
        this.owner = owner;
        this.deck = deck;
        this.map = map;
        this.mapFile = mapFile;
        this.status = status;
        message.setId("report-progress-text");
        bar.setId("report-progress");
        bar.setPrefWidth(360);
        cancel.setId("report-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancel());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, message, bar, buttons);
        root.setId("report-export");
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root);
        var css = Dialogs.class.getResource("polku.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("reportExport.title"));
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> cancel());
    }

    /** Asks for the file and starts writing the report of {@code map}; the window's action calls this. */
    public static ReportExport open(Window owner, JourneyMap map, Path mapFile, Consumer<String> status) {
        ReportExport export = new ReportExport(owner, map, mapFile, status);
        export.chooseAndWrite();
        return export;
    }

    /** File → Export Report as PowerPoint…: the same story as a deck of 16:9 slides, the map as editable shapes. */
    public static ReportExport openDeck(Window owner, JourneyMap map, Path mapFile, Consumer<String> status) {
        ReportExport export = new ReportExport(owner, true, map, mapFile, status);
        export.chooseAndWrite();
        return export;
    }

    Stage stage() {
        return stage;
    }

    /** True while the report is being written. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The file name the save dialog suggests: the map's title and the word for a report, as a PDF. */
    static String suggestedName(JourneyMap map) {
        String title = map.title().isBlank() ? Messages.get("map.untitled") : map.title();
        return ExportFileName.suggest(Messages.format("reportExport.fileName", title), ExportFormat.PDF,
                Messages.get("map.untitled"));
    }

    void chooseAndWrite() {
        String name = suggestedName(map);
        Path target = targetChooser.apply(deck ? name.replaceFirst("\\.pdf$", EXTENSION_PPTX) : name);
        if (target != null) {
            writeTo(target);
        }
    }

    private Path chooseTarget(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("reportExport.chooser"));
        chooser.setInitialFileName(suggested);
        Optional.ofNullable(mapFile).map(Path::toAbsolutePath).map(Path::getParent).filter(Files::isDirectory)
                .ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        String extension = deck ? EXTENSION_PPTX : ".pdf";
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(deck ? Messages.get("reportExport.pptxFilter")
                : Messages.get("export.format." + ExportFormat.PDF.name()), "*" + extension));
        java.io.File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return null;
        }
        Path path = chosen.toPath();
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? path
                : path.resolveSibling(path.getFileName() + extension);
    }

    /** Writes the report to {@code target} on a background thread, showing its progress. */
    void writeTo(Path target) {
        Runnable hook = beforeWrite;
        task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                hook.run();
                fi.polku.export.ExportProgress progress = fraction -> {
                    updateProgress(fraction, 1);
                    updateMessage(Messages.format("reportExport.running", target.getFileName(),
                            (int) Math.floor(fraction * 100)));
                };
                if (deck) {
                    DeckWriter.write(map, ReportOptions.defaults(), target, progress);
                } else {
                    ReportWriter.write(map, ReportOptions.defaults(), target, progress);
                }
                return target;
            }
        };
        message.setText(Messages.format("reportExport.running", target.getFileName(), 0));
        task.messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                message.setText(now);
            }
        });
        bar.progressProperty().bind(task.progressProperty());
        task.setOnSucceeded(e -> finished(Messages.format("reportExport.done", target.toAbsolutePath())));
        task.setOnCancelled(e -> finished(Messages.get("reportExport.cancelled")));
        task.setOnFailed(e -> {
            if (task.getException() instanceof InterruptedIOException) {
                finished(Messages.get("reportExport.cancelled"));
                return;
            }
            finished(Messages.get("reportExport.failed"));
            String line = Messages.format("export.failed.line", target.toAbsolutePath(), reason(task.getException()));
            // After the task's own handler: a modal alert inside it would hold up the task's completion.
            Platform.runLater(() -> new Dialogs(owner).showError(Messages.get("reportExport.failed"),
                    Messages.format("export.failed.header", target.getFileName()), line));
        });
        running.set(true);
        stage.show();
        Thread worker = new Thread(task, "polku-report");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops the writing: its thread is interrupted and the writer leaves no file. */
    void cancel() {
        if (task != null && task.isRunning()) {
            task.cancel(true);
        }
    }

    private void finished(String line) {
        running.set(false);
        bar.progressProperty().unbind();
        stage.close();
        status.accept(line);
    }

    private static String reason(Throwable error) {
        String reason = error instanceof AccessDeniedException ? Messages.get("export.reason.permission")
                : error instanceof NoSuchFileException ? Messages.get("export.reason.noFolder")
                : error instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
        return error instanceof IOException || error instanceof IllegalArgumentException ? reason
                : Messages.format("export.reason.unexpected", reason);
    }
}
