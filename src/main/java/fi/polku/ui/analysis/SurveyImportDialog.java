package fi.polku.ui.analysis;

import fi.polku.edit.Command;
import fi.polku.io.survey.SurveyFileException;
import fi.polku.io.survey.SurveyImportOptions;
import fi.polku.io.survey.SurveyImportResult;
import fi.polku.io.survey.SurveyImporter;
import fi.polku.io.survey.SurveyPreview;
import fi.polku.io.survey.SurveyMappings;
import fi.polku.io.survey.WideLayout;
import fi.polku.io.survey.WideQuestions;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.controlsfx.control.SegmentedButton;
import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;
import fi.polku.ui.DialogButtons;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * Imports survey answers (CSV or XLSX) into a map: the user picks the file and the sheet, then for a long
 * table (one answer per row) its columns while seeing the first rows, or for a survey tool's wide export (one
 * respondent per row) where each question goes ({@link WideImportStep}); then the answers are read off the JavaFX thread with
 * progress and Cancel. Rejected rows are listed with their line numbers; names the map lacks can be
 * created in a chosen cell or left out. The result is one {@link Command} for the window's history, so a
 * single undo removes the whole import; closing the dialog any other way applies nothing.
 */
public final class SurveyImportDialog extends Dialog<Command> {
    /** The button that applies the import; one per dialog, worded in the language of the moment. */
    private final ButtonType importButton = DialogButtons.of("import.apply", ButtonBar.ButtonData.OK_DONE);
    private static final int PREVIEW_ROWS = 8;
    /** Rows read ahead for a wide file's sample answers and its labels the table lacks. */
    private static final int SAMPLE_ROWS = 60;

    private final JourneyMap map;
    private final TextField fileField = new TextField();
    private final ComboBox<String> sheet = new ComboBox<>();
    private final ColumnMappingPane columns = new ColumnMappingPane();
    private final SurveyPreviewTable preview = new SurveyPreviewTable();
    private final WideImportStep wideStep = new WideImportStep();
    private VBox longStep;
    private final Button read = new Button(AnalysisText.text("import.run"));
    private final Button cancelReading = new Button(AnalysisText.text("import.cancel"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label(AnalysisText.text("import.chooseFile"));
    private final ImportOutcomePane outcome;
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private final ReadOnlyObjectWrapper<SurveyImportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private Path file;
    private SurveyPreview lastPreview;
    private final ToggleGroup shape = new ToggleGroup();
    private boolean choosingShape;
    private Task<?> running;
    private boolean loadingPreview;

    public SurveyImportDialog(JourneyMap map) {
        this.map = map;
        this.outcome = new ImportOutcomePane(map);
        setTitle(AnalysisText.text("import.title"));
        setHeaderText(AnalysisText.text("import.header"));
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(importButton,
                DialogButtons.cancel());
        getDialogPane().setContent(content());
        // Room for the results that appear after reading; the dialog does not grow by itself once shown.
        getDialogPane().setPrefSize(1000, 820);
        getDialogPane().setMinSize(640, 560);
        setWidth(1020);
        setHeight(860);
        Button apply = (Button) getDialogPane().lookupButton(importButton);
        apply.disableProperty().bind(reading.getReadOnlyProperty().or(result.isNull())
                .or(outcome.nothingToImportProperty()));
        setResultConverter(button -> button == importButton && result.get() != null
                ? command() : null);
        setOnHidden(e -> cancelRunning());
    }

    private VBox content() {
        fileField.setEditable(false);
        fileField.setId("import-file");
        HBox.setHgrow(fileField, Priority.ALWAYS);
        Button browse = new Button(AnalysisText.text("import.browse"));
        browse.setOnAction(e -> browse());
        sheet.setId("import-sheet");
        sheet.setDisable(true);
        sheet.setPrefWidth(160);
        sheet.valueProperty().addListener((o, was, now) -> {
            if (!loadingPreview && now != null && file != null) {
                loadPreview(now);
            }
        });
        Label fileLabel = new Label(AnalysisText.text("import.file"));
        fileLabel.setLabelFor(fileField);
        HBox fileRow = new HBox(8, fileLabel, fileField, browse, new Label(AnalysisText.text("import.sheet")), sheet);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        ToggleButton longShape = new ToggleButton(AnalysisText.text("import.shape.long"));
        ToggleButton wideShape = new ToggleButton(AnalysisText.text("import.shape.wide"));
        longShape.setId("shape-long");
        wideShape.setId("shape-wide");
        SegmentedButton shapes = new SegmentedButton(longShape, wideShape);
        shapes.setToggleGroup(shape);
        longShape.setSelected(true);
        shape.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // One of the two is always chosen.
                was.setSelected(true);
            } else if (!choosingShape) {
                showShape(now == wideShape);
            }
        });
        Label shapeLabel = new Label(AnalysisText.text("import.shape"));
        HBox shapeRow = new HBox(8, shapeLabel, shapes);
        shapeRow.setAlignment(Pos.CENTER_LEFT);
        columns.setOnChange(this::inputsChanged);
        read.setId("read-answers");
        read.setDefaultButton(false);
        read.setOnAction(e -> startReading());
        cancelReading.setId("cancel-reading");
        cancelReading.setOnAction(e -> cancelRunning());
        cancelReading.visibleProperty().bind(reading.getReadOnlyProperty());
        progress.visibleProperty().bind(reading.getReadOnlyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        cancelReading.managedProperty().bind(cancelReading.visibleProperty());
        progress.setPrefWidth(220);
        status.setId("import-status");
        status.setWrapText(true);
        HBox runRow = new HBox(10, read, progress, cancelReading, status);
        runRow.setAlignment(Pos.CENTER_LEFT);
        longStep = new VBox(10, heading("import.columns"), columns, heading("import.preview"), preview);
        wideStep.setOnChange(this::inputsChanged);
        VBox.setVgrow(wideStep, Priority.ALWAYS);
        VBox box = new VBox(10, fileRow, shapeRow, longStep, wideStep, runRow, outcome);
        showWide(false);
        box.setPadding(new Insets(8, 16, 4, 16));
        box.setPrefWidth(960);
        VBox.setVgrow(outcome, Priority.ALWAYS);
        updateReadButton();
        return box;
    }

    private static Label heading(String key) {
        Label l = new Label(AnalysisText.text(key));
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    /** Opens a file as if the user had chosen it: reads its sheets, header and first rows. */
    public void setFile(Path newFile) {
        cancelRunning();
        file = newFile;
        lastPreview = null;
        fileField.setText(newFile == null ? "" : newFile.toString());
        String name = newFile == null ? "" : newFile.getFileName().toString().toLowerCase(Locale.ROOT);
        loadingPreview = true;
        sheet.getItems().clear();
        loadingPreview = false;
        sheet.setDisable(!(name.endsWith(".xlsx") || name.endsWith(".xlsm")));
        if (newFile != null) {
            loadPreview(null);
        }
    }

    /** Reads the answers with the chosen file, sheet and columns; the same as the Read answers button. */
    public void startReading() {
        if (file == null || !complete() || reading.get()) {
            return;
        }
        result.set(null);
        outcome.clear();
        SurveyImportOptions base = SurveyImportOptions.defaults().withMap(map).withColumns(columns.mapping())
                .withSheet(sheet.isDisabled() ? null : sheet.getValue());
        SurveyImportOptions options = isWide() ? wideStep.options(base) : base;
        Path source = file;
        Task<SurveyImportResult> task = new Task<>() {
            @Override
            protected SurveyImportResult call() throws IOException, SurveyFileException {
                return SurveyImporter.importFile(source, options.withCancelled(this::isCancelled)
                        .withProgress((rows, bytes, total) -> {
                            updateMessage(AnalysisText.text("import.reading", rows));
                            if (total > 0) {
                                updateProgress(bytes, total);
                            }
                        }));
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> finished(() -> {
            result.set(task.getValue());
            outcome.show(task.getValue());
            status.setText(AnalysisText.text("import.done", task.getValue().rowsRead(),
                    task.getValue().scores().size(), task.getValue().scores().stream()
                            .map(s -> s.touchpointName()).distinct().count()));
        }));
        task.setOnCancelled(e -> finished(() -> status.setText(AnalysisText.text("import.cancelled"))));
        task.setOnFailed(e -> finished(() -> status.setText(failure(task.getException()))));
        run(task);
    }

    private void loadPreview(String sheetName) {
        Path source = file;
        Task<SurveyPreview> task = new Task<>() {
            @Override
            protected SurveyPreview call() throws IOException, SurveyFileException {
                return SurveyPreview.read(source, sheetName, SAMPLE_ROWS);
            }
        };
        result.set(null);
        outcome.clear();
        task.setOnSucceeded(e -> finished(() -> {
            SurveyPreview p = task.getValue();
            loadingPreview = true;
            try {
                if (!p.sheets().equals(sheet.getItems())) {
                    sheet.getItems().setAll(p.sheets());
                }
                sheet.setValue(sheetName != null ? sheetName : p.sheets().isEmpty() ? null : p.sheets().getFirst());
            } finally {
                loadingPreview = false;
            }
            preview.show(new SurveyPreview(p.sheets(), p.header(), p.rows().subList(0,
                    Math.min(PREVIEW_ROWS, p.rows().size()))));
            columns.setHeader(p.header());
            status.setText("");
            lastPreview = p;
            // A survey whose mapping the map keeps is wide even when no known tool wrote it.
            boolean wide = p.looksWide() || SurveyMappings.find(map, p.header()).isPresent();
            choosingShape = true;
            shape.getToggles().get(wide ? 1 : 0).setSelected(true);
            choosingShape = false;
            showShape(wide);
        }));
        task.setOnFailed(e -> finished(() -> {
            preview.show(null);
            columns.setHeader(java.util.List.of());
            lastPreview = null;
            showWide(false);
            status.setText(failure(task.getException()));
        }));
        task.setOnCancelled(e -> finished(() -> { }));
        run(task);
    }

    /** Shows the last preview as a long table or as a wide file, as detected or as the user says. */
    private void showShape(boolean wide) {
        result.set(null);
        outcome.clear();
        showWide(wide && lastPreview != null);
        if (wide && lastPreview != null) {
            List<List<String>> firstRows = new ArrayList<>();
            firstRows.add(lastPreview.header());
            lastPreview.rows().stream().limit(WideLayout.MAX_HEADER_ROWS - 1).forEach(firstRows::add);
            boolean saved = WideMappings.show(wideStep, WideQuestions.of(lastPreview, map), map, firstRows);
            setHeaderText(AnalysisText.text("import.header.wide",
                    AnalysisText.of(wideStep.questions().layout().tool().displayName())));
            if (saved) {
                // The survey's saved mapping needs no choices: read at once, so one click imports.
                javafx.application.Platform.runLater(this::startReading);
            }
        }
        updateReadButton();
    }

    private void run(Task<?> task) {
        running = task;
        reading.set(true);
        updateReadButton();
        Thread thread = new Thread(task, "polku-survey-import");
        thread.setDaemon(true);
        thread.start();
    }

    /** Shows a task's outcome, then marks reading done, so that listeners see the outcome in place. */
    private void finished(Runnable then) {
        running = null;
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        then.run();
        reading.set(false);
        updateReadButton();
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel(true);
        }
    }

    private void inputsChanged() {
        if (result.get() != null) {
            result.set(null);
            outcome.clear();
            status.setText("");
        }
        updateReadButton();
    }

    private void updateReadButton() {
        read.setDisable(file == null || reading.get() || !complete());
    }

    private boolean isWide() {
        return wideStep.isVisible();
    }

    private boolean complete() {
        return isWide() ? wideStep.complete() : columns.complete();
    }

    /** Shows the mapping step of a wide file or the column choice of a long table. */
    private void showWide(boolean wide) {
        wideStep.setVisible(wide);
        wideStep.setManaged(wide);
        longStep.setVisible(!wide);
        longStep.setManaged(!wide);
        if (!wide) {
            setHeaderText(AnalysisText.text("import.header"));
        }
    }

    /** The import as one undo step: the scores, and for a wide file its round and the saved mapping. */
    private Command command() {
        return isWide() ? WideMappings.command(map, result.get(), wideStep)
                : SurveyImportCommand.of(map, result.get(), outcome.newTouchpoints());
    }

    private static String failure(Throwable t) {
        if (t instanceof CancellationException) {
            return AnalysisText.text("import.cancelled");
        }
        String message = t instanceof SurveyFileException s ? s.problem().in(Localization.ui())
                : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return AnalysisText.text("import.failed", message);
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(AnalysisText.text("import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(AnalysisText.text("import.chooser"),
                "*.csv", "*.xlsx", "*.tsv", "*.txt"));
        if (file != null && file.getParent() != null) {
            chooser.setInitialDirectory(file.getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            setFile(chosen.toPath());
        }
    }

    /** True while the file is being read (the preview or the answers). */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** What the last finished reading found, or null before reading or after the inputs changed. */
    public ReadOnlyObjectProperty<SurveyImportResult> importResultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The column choosers, rejected rows and unmatched-name choices, for tests and keyboard users. */
    ColumnMappingPane columns() {
        return columns;
    }

    /** The mapping step of a wide file, for tests and keyboard users. */
    WideImportStep wideStep() {
        return wideStep;
    }

    ImportOutcomePane outcome() {
        return outcome;
    }

    /** The button that applies the import. */
    public ButtonType importButton() {
        return importButton;
    }
}
