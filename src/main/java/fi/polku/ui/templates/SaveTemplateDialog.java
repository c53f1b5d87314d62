package fi.polku.ui.templates;

import fi.polku.io.template.TemplateLibrary;
import fi.polku.ui.DialogButtons;
import fi.polku.ui.DialogPlacement;
import fi.polku.ui.Messages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File → Save as Template…: the template's name and whether it keeps the measurements (by default it does
 * not: a template is a start for the next service, not a copy of this one's findings).
 */
final class SaveTemplateDialog extends Dialog<SaveTemplateDialog.Choice> {
    /** What the user asked for. */
    record Choice(String name, boolean keepMeasurements) {
    }

    SaveTemplateDialog(Window owner, TemplateLibrary library, String suggestedName, boolean keepMeasurements) {
        setTitle(Messages.get("templates.save.title"));
        setHeaderText(Messages.get("templates.save.header"));
        getDialogPane().setId("save-template");
        getDialogPane().getStylesheets().add(SaveTemplateDialog.class.getResource("templates.css").toExternalForm());
        ButtonType save = DialogButtons.of("templates.save.ok", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel());

        TextField name = new TextField(suggestedName);
        name.setId("template-name");
        name.setPrefColumnCount(32);
        Label nameLabel = new Label(Messages.get("templates.save.name"));
        nameLabel.setLabelFor(name);
        CheckBox keep = new CheckBox(Messages.get("templates.save.keepMeasurements"));
        keep.setId("template-keep-measurements");
        keep.setSelected(keepMeasurements);
        Label explained = new Label();
        explained.getStyleClass().add("template-explained");
        explained.setWrapText(true);
        explained.textProperty().bind(Bindings.when(keep.selectedProperty())
                .then(Messages.get("templates.save.withMeasurements"))
                .otherwise(Messages.get("templates.save.withoutMeasurements")));
        Label where = new Label(Messages.format("templates.save.folder", library.userFolder()));
        where.getStyleClass().add("template-explained");
        where.setWrapText(true);
        VBox form = new VBox(6, nameLabel, name, keep, explained, where);
        form.getStyleClass().add("template-save-form");
        getDialogPane().setContent(form);
        getDialogPane().setPrefWidth(520);
        // A name of which no file name is left (only slashes or dots) cannot be saved.
        getDialogPane().lookupButton(save).disableProperty().bind(Bindings.createBooleanBinding(
                () -> library.fileFor(name.getText()).isEmpty(), name.textProperty()));
        setResultConverter(button -> button == save ? new Choice(name.getText().strip(), keep.isSelected()) : null);
        DialogPlacement.centred(this, owner);
        setOnShown(e -> Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        }));
    }
}
