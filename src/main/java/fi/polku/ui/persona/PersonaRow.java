package fi.polku.ui.persona;

import fi.polku.edit.DeletePersona;
import fi.polku.edit.UpdatePersona;
import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import fi.polku.model.PersonaColours;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One persona in the personas panel: its colour, name and description, and a button that deletes it.
 * Typing in the name or the description is one undo step per field; choosing a colour or deleting is one.
 */
final class PersonaRow {
    private final String personaId;
    private final VBox box = new VBox(4);
    private final MenuButton colour = new MenuButton();
    private final TextField name = new TextField();
    private final TextField description = new TextField();
    private final Tooltip colourTip = new Tooltip();
    private boolean loading;

    PersonaRow(String personaId, DocumentEditor editor, Supplier<JourneyMap> map) {
        this.personaId = personaId;
        box.getStyleClass().add("persona-row");
        colour.setId("persona-colour-" + personaId);
        colour.getStyleClass().add("persona-colour");
        // The palette's items are made when the menu first opens: a button with its menu built costs the
        // window's first frame a popup skin and a row per colour for every persona.
        colour.setTooltip(colourTip);
        colour.setOnShowing(e -> {
            if (colour.getItems().isEmpty()) {
                colour.getItems().setAll(colourItems(editor, map));
            }
        });
        name.setId("persona-name-" + personaId);
        name.setPromptText(Messages.get("personas.name.prompt"));
        name.setAccessibleText(Messages.get("personas.name"));
        typing(name, editor, (m, v) -> UpdatePersona.rename(m, personaId, v), map);
        description.setId("persona-description-" + personaId);
        description.setPromptText(Messages.get("personas.description.prompt"));
        description.setAccessibleText(Messages.get("personas.description"));
        typing(description, editor, (m, v) -> UpdatePersona.describe(m, personaId, v), map);
        Button delete = new Button(null, new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("persona-delete-" + personaId);
        delete.getStyleClass().add("flat");
        delete.setAccessibleText(Messages.get("personas.delete"));
        delete.setTooltip(new Tooltip(Messages.get("personas.delete.tooltip")));
        delete.setOnAction(e -> editor.execute(DeletePersona.of(map.get(), personaId)));
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox top = new HBox(6, colour, name, delete);
        top.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(top, description);
    }

    private java.util.List<MenuItem> colourItems(DocumentEditor editor, Supplier<JourneyMap> map) {
        java.util.List<MenuItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < PersonaColours.PALETTE.size(); i++) {
            String hex = PersonaColours.PALETTE.get(i);
            MenuItem item = new MenuItem(PersonaSwatch.colourName(hex), PersonaSwatch.disc(hex, 7));
            item.setId("persona-colour-" + personaId + "-" + PersonaColours.NAMES.get(i));
            item.setOnAction(e -> editor.execute(UpdatePersona.colour(map.get(), personaId, hex)));
            items.add(item);
        }
        return items;
    }

    VBox node() {
        return box;
    }

    String personaId() {
        return personaId;
    }

    TextField nameField() {
        return name;
    }

    /** Shows the persona as the map has it now, leaving alone a field that already says the same. */
    void show(Persona persona, java.util.List<Persona> all) {
        loading = true;
        if (!name.getText().equals(persona.name())) {
            name.setText(persona.name());
        }
        if (!description.getText().equals(persona.description())) {
            description.setText(persona.description());
        }
        loading = false;
        String hex = PersonaSwatch.colourOf(persona, all);
        colour.setGraphic(PersonaSwatch.disc(hex, 8));
        String words = Messages.format("personas.colour", PersonaSwatch.colourName(hex));
        colour.setAccessibleText(words);
        colourTip.setText(words);
    }

    /** Each keystroke is an edit of the map; the burst is one undo step until focus leaves the field. */
    private void typing(TextInputControl field, DocumentEditor editor,
                        BiFunction<JourneyMap, String, UpdatePersona> command, Supplier<JourneyMap> map) {
        field.textProperty().addListener((o, was, now) -> {
            if (!loading) {
                editor.executeTyped(command.apply(map.get(), now));
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                editor.endMerge();
            }
        });
    }
}
