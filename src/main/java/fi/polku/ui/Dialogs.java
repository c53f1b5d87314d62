package fi.polku.ui;

import fi.polku.io.Problem;
import fi.polku.text.Localization;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

/** The window's modal questions and error reports, all worded from the message bundle. */
public final class Dialogs {
    /** The answer to "save changes before closing?". */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** The answer to "recover this map?". */
    public enum RecoveryChoice { RECOVER, DISCARD, LATER }

    private final Window owner;

    public Dialogs(Window owner) {
        this.owner = owner;
    }

    public UnsavedChoice askSaveChanges(String mapTitle) {
        ButtonType save = DialogButtons.of("dialog.unsaved.save", ButtonBar.ButtonData.YES);
        ButtonType discard = DialogButtons.of("dialog.unsaved.discard", ButtonBar.ButtonData.NO);
        ButtonType cancel = DialogButtons.cancel();
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Messages.get("dialog.unsaved.title"),
                Messages.format("dialog.unsaved.header", mapTitle), Messages.get("dialog.unsaved.text"),
                save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    public RecoveryChoice askRecover(String title, Instant savedAt, Path original) {
        ButtonType recover = DialogButtons.of("dialog.recover.recover", ButtonBar.ButtonData.YES);
        ButtonType discard = DialogButtons.of("dialog.recover.discard", ButtonBar.ButtonData.NO);
        ButtonType later = DialogButtons.of("dialog.recover.later", ButtonBar.ButtonData.CANCEL_CLOSE);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Localization.ui())
                .withZone(ZoneId.systemDefault()).format(savedAt);
        String where = original == null ? Messages.get("dialog.recover.neverSaved") : original.toString();
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Messages.get("dialog.recover.title"),
                Messages.get("dialog.recover.header"),
                Messages.format("dialog.recover.text", title, when, where), recover, discard, later);
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == recover ? RecoveryChoice.RECOVER : answer == discard ? RecoveryChoice.DISCARD
                : RecoveryChoice.LATER;
    }

    /** Lists every located problem of a file that could not be opened, one per line. */
    public void showOpenProblems(Path file, List<Problem> problems) {
        TextArea lines = new TextArea(problems.stream().map(p -> p.in(Localization.ui()))
                .collect(Collectors.joining("\n")));
        lines.setId("open-problems");
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.getStyleClass().add("problem-lines");
        lines.setPrefRowCount(Math.min(12, Math.max(3, problems.size())));
        VBox content = new VBox(8, new Label(Messages.format("dialog.openFailed.count", problems.size())), lines);
        Alert alert = alert(Alert.AlertType.ERROR, Messages.get("dialog.openFailed.title"),
                Messages.format("dialog.openFailed.header", file.getFileName()), null, DialogButtons.ok());
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(620);
        alert.setResizable(true);
        alert.showAndWait();
    }

    /**
     * Lists the value problems of a file that can be opened mended and asks whether to; true to open it
     * with its problems listed. The file itself stays as it is until the user saves.
     */
    public boolean offerRepair(Path file, List<Problem> problems) {
        TextArea lines = new TextArea(problems.stream().map(p -> p.in(Localization.ui()))
                .collect(Collectors.joining("\n")));
        lines.setId("repair-problems");
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.getStyleClass().add("problem-lines");
        lines.setPrefRowCount(Math.min(12, Math.max(3, problems.size())));
        Label explanation = new Label(Messages.format("dialog.repair.text", problems.size()));
        explanation.setWrapText(true);
        ButtonType open = new ButtonType(Messages.get("dialog.repair.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, Messages.get("dialog.repair.title"),
                Messages.format("dialog.repair.header", file.getFileName()), null, open, cancel);
        alert.getDialogPane().setId("offer-repair");
        alert.getDialogPane().setContent(new VBox(8, explanation, lines));
        alert.getDialogPane().setPrefWidth(620);
        alert.setResizable(true);
        return alert.showAndWait().orElse(cancel) == open;
    }

    /** Asks before deleting a stage or lane with touchpoints in it; true to delete. */
    public boolean confirmDeletion(String header, int touchpoints) {
        ButtonType delete = DialogButtons.of("confirm.delete.ok", ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = DialogButtons.cancel();
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Messages.get("confirm.delete.title"), header,
                Messages.format("confirm.delete.text", touchpoints), delete, cancel);
        alert.getDialogPane().setId("confirm-deletion");
        return alert.showAndWait().orElse(cancel) == delete;
    }

    /** A failure in one clear line, e.g. a file that could not be saved. */
    public void showError(String title, String header, String line) {
        alert(Alert.AlertType.ERROR, title, header, line, DialogButtons.ok()).showAndWait();
    }

    public void showInformation(String title, javafx.scene.Node content) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, null, null, DialogButtons.close());
        alert.setGraphic(null);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text == null ? "" : text, buttons);
        DialogPlacement.centred(alert, owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert;
    }
}
