package fi.polku.ui.sheet;

import fi.polku.io.survey.SpreadsheetRows;
import fi.polku.io.survey.SurveyFileException;
import fi.polku.io.sheet.SheetReading;
import fi.polku.io.sheet.TouchpointField;
import fi.polku.io.sheet.TouchpointSheet;
import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;
import fi.polku.ui.DialogButtons;
import fi.polku.ui.DialogPlacement;
import fi.polku.ui.Messages;
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
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * File → New from Spreadsheet: shows what a spreadsheet of touchpoints will make (stages, lanes, the first
 * rows and every problem with its place) and lets the user choose the columns; Create gives the new map,
 * which it allows only while there is no problem. The file is read off the JavaFX thread, again after each
 * change of sheet or column.
 */
public final class SheetMapDialog extends Dialog<JourneyMap> {
    private static final int PREVIEW_ROWS = 8;

    private final ButtonType createButton = DialogButtons.of("dialog.newSheet.create", ButtonBar.ButtonData.OK_DONE);
    private final TextField fileField = new TextField();
    private final ComboBox<String> sheet = new ComboBox<>();
    private final SheetColumnsPane columns = new SheetColumnsPane();
    private final SheetPreviewPane preview = new SheetPreviewPane();
    private final Label status = new Label();
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private final ReadOnlyObjectWrapper<SheetReading> result = new ReadOnlyObjectWrapper<>(this, "result");
    private Path file;
    private Task<SheetReading> running;
    private boolean choosingSheet;

    public SheetMapDialog() {
        setTitle(Messages.get("dialog.newSheet.title"));
        setHeaderText(Messages.get("dialog.newSheet.header"));
        setResizable(true);
        getDialogPane().setId("new-from-sheet");
        getDialogPane().getButtonTypes().setAll(createButton, DialogButtons.cancel());
        getDialogPane().setContent(content());
        // Room for the preview that fills in after reading; the dialog does not grow by itself once shown.
        getDialogPane().setPrefSize(1000, 820);
        getDialogPane().setMinSize(720, 600);
        setWidth(1020);
        setHeight(860);
        Button create = (Button) getDialogPane().lookupButton(createButton);
        create.setId("sheet-create");
        create.disableProperty().bind(reading.getReadOnlyProperty().or(result.isNull())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> result.get() == null || result.get().map().isEmpty(), result)));
        setResultConverter(button -> button == createButton && result.get() != null
                ? result.get().map().orElse(null) : null);
        setOnHidden(e -> cancelRunning());
    }

    /**
     * Asks for a spreadsheet (unless one is given), then shows its preview; {@code created} gets the map
     * when the user chooses Create.
     */
    public static void open(Window owner, Path given, Consumer<JourneyMap> created) {
        Path chosen = given != null ? given : choose(owner, null);
        if (chosen == null) {
            return;
        }
        SheetMapDialog dialog = new SheetMapDialog();
        dialog.initOwner(owner);
        DialogPlacement.centred(dialog, owner);
        dialog.setOnHidden(e -> {
            dialog.cancelRunning();
            if (dialog.getResult() != null) {
                created.accept(dialog.getResult());
            }
        });
        dialog.show();
        dialog.setFile(chosen);
    }

    private VBox content() {
        fileField.setEditable(false);
        fileField.setId("sheet-file");
        HBox.setHgrow(fileField, Priority.ALWAYS);
        Button browse = new Button(Messages.get("dialog.newSheet.browse"));
        browse.setOnAction(e -> {
            Path chosen = choose(getDialogPane().getScene().getWindow(), file);
            if (chosen != null) {
                setFile(chosen);
            }
        });
        Button reload = new Button(Messages.get("dialog.newSheet.reload"));
        reload.setId("sheet-reload");
        reload.disableProperty().bind(fileField.textProperty().isEmpty());
        // The same columns again: the user has fixed the rows in the spreadsheet and saved it.
        reload.setOnAction(e -> read(result.get() == null || result.get().columns() == null ? Map.of()
                : columns.chosen(), result.get() == null));
        sheet.setId("sheet-sheet");
        sheet.setPrefWidth(170);
        sheet.valueProperty().addListener((o, was, now) -> {
            if (!choosingSheet && now != null && file != null) {
                read(Map.of(), true);
            }
        });
        Label fileLabel = new Label(Messages.get("dialog.newSheet.file"));
        fileLabel.setLabelFor(fileField);
        fileLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label sheetLabel = new Label(Messages.get("dialog.newSheet.sheet"));
        sheetLabel.setLabelFor(sheet);
        sheetLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox fileRow = new HBox(8, fileLabel, fileField, browse, reload, sheetLabel, sheet);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        columns.setOnChange(() -> read(columns.chosen(), false));
        Label hint = new Label(Messages.get("dialog.newSheet.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.setStyle("-fx-opacity: 0.75;");
        status.setId("sheet-status");
        status.setWrapText(true);
        VBox box = new VBox(10, fileRow, heading("dialog.newSheet.columns"), columns, hint,
                heading("dialog.newSheet.made"), preview, status);
        box.setPadding(new Insets(8, 16, 4, 16));
        VBox.setVgrow(preview, Priority.ALWAYS);
        return box;
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    /** Reads a spreadsheet as if the user had chosen it: its first sheet, its columns as recognised. */
    public void setFile(Path newFile) {
        file = newFile;
        fileField.setText(newFile == null ? "" : newFile.toString());
        choosingSheet = true;
        sheet.getItems().clear();
        choosingSheet = false;
        boolean workbook = newFile != null
                && SpreadsheetRows.kind(newFile.getFileName().toString()) == SpreadsheetRows.Kind.XLSX;
        sheet.setDisable(!workbook);
        if (newFile != null) {
            read(Map.of(), true);
        }
    }

    /**
     * Reads the file with these column choices; a new file or sheet is read with none, and its columns then
     * show what was recognised.
     */
    private void read(Map<TouchpointField, String> chosen, boolean fresh) {
        cancelRunning();
        Path source = file;
        TouchpointSheet.Options options = new TouchpointSheet.Options(sheet.isDisabled() ? null : sheet.getValue(),
                chosen, null, Localization.ui(), PREVIEW_ROWS);
        Task<SheetReading> task = new Task<>() {
            @Override
            protected SheetReading call() throws Exception {
                return TouchpointSheet.read(source, options);
            }
        };
        running = task;
        result.set(null);
        reading.set(true);
        status.setText(Messages.format("dialog.newSheet.reading", source.getFileName()));
        task.setOnSucceeded(e -> finished(task, () -> {
            SheetReading r = task.getValue();
            if (fresh) {
                choosingSheet = true;
                try {
                    if (!r.sheets().equals(sheet.getItems())) {
                        sheet.getItems().setAll(r.sheets());
                    }
                    sheet.setValue(options.sheet() != null ? options.sheet() : r.sheets().isEmpty() ? null
                            : r.sheets().getFirst());
                } finally {
                    choosingSheet = false;
                }
                columns.show(r.header(), r.columns());
            }
            preview.show(r);
            result.set(r);
            status.setText(r.map().isPresent() ? Messages.get("dialog.newSheet.ready") : "");
        }));
        task.setOnFailed(e -> finished(task, () -> {
            preview.show(null);
            columns.show(java.util.List.of(), null);
            status.setText(failure(task.getException()));
        }));
        task.setOnCancelled(e -> finished(task, () -> { }));
        Thread thread = new Thread(task, "polku-sheet-read");
        thread.setDaemon(true);
        thread.start();
    }

    /** Shows a task's outcome unless a newer reading has started since. */
    private void finished(Task<?> task, Runnable then) {
        if (running != task) {
            return;
        }
        running = null;
        then.run();
        reading.set(false);
    }

    private void cancelRunning() {
        if (running != null) {
            Task<?> task = running;
            running = null;
            task.cancel(true);
            reading.set(false);
        }
    }

    private static String failure(Throwable t) {
        if (t instanceof CancellationException) {
            return "";
        }
        String message = t instanceof SurveyFileException s ? s.problem().in(Localization.ui())
                : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return Messages.format("dialog.newSheet.failed", message);
    }

    private static Path choose(Window owner, Path near) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.newSheet.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("chooser.filter.sheets"),
                "*.xlsx", "*.csv", "*.tsv", "*.txt"));
        if (near != null && near.getParent() != null) {
            chooser.setInitialDirectory(near.getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    /** True while the spreadsheet is being read. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** What the last reading found, or null while reading or before. */
    public ReadOnlyObjectProperty<SheetReading> readingResultProperty() {
        return result.getReadOnlyProperty();
    }

    SheetColumnsPane columns() {
        return columns;
    }

    SheetPreviewPane preview() {
        return preview;
    }
}
