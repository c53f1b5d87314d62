package fi.polku.ui.persona;

import fi.polku.edit.AddPersona;
import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import fi.polku.ui.Document;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.Messages;
import fi.polku.ui.state.PersonaFilter;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The personas panel: the map's personas, each with a colour, a name and a description, a button that adds
 * one, and the choice of whose journey the canvas shows. It follows the map through every edit, undo and
 * redo; the map inspector shows it, and View → Personas shows it in a window of its own.
 */
public final class PersonasPane {
    private final Document document;
    private final DocumentEditor editor;
    private final VBox box = new VBox(8);
    private final VBox rows = new VBox(10);
    private final Label empty = new Label(Messages.get("personas.empty"));
    private final Map<String, PersonaRow> rowById = new LinkedHashMap<>();
    private final PersonaFilterChoice filterChoice;
    // Held here and registered weakly: a pane the inspector has dropped (after a language change) must
    // not be kept alive, nor rebuilt, by the document.
    private final ChangeListener<JourneyMap> follow = (o, was, now) -> show(now);

    public PersonasPane(Document document, DocumentEditor editor) {
        this.document = document;
        this.editor = editor;
        PersonaFilter filter = document.state().personaFilter();
        box.setId("personas-pane");
        box.getStyleClass().add("personas-pane");
        empty.setId("personas-empty");
        empty.getStyleClass().add("mixed-hint");
        empty.setWrapText(true);
        Button add = new Button(Messages.get("personas.add"), new FontIcon(MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
        add.setId("personas-add");
        add.setOnAction(e -> add());
        filterChoice = new PersonaFilterChoice(filter);
        box.getChildren().addAll(empty, rows, add, filterChoice.node());
        document.mapProperty().addListener(new WeakChangeListener<>(follow));
        show(document.current());
    }

    public Node node() {
        return box;
    }

    /** Adds a persona named "Persona 3" and puts the cursor in its name, ready to be typed over. */
    private void add() {
        JourneyMap map = document.current();
        AddPersona command = AddPersona.named(map, Messages.format("personas.defaultName",
                map.personas().size() + 1));
        editor.execute(command);
        PersonaRow row = rowById.get(command.persona().id());
        if (row != null) {
            Platform.runLater(() -> {
                row.nameField().requestFocus();
                row.nameField().selectAll();
            });
        }
    }

    private void show(JourneyMap map) {
        List<Persona> personas = map.personas();
        List<String> ids = personas.stream().map(Persona::id).toList();
        if (!ids.equals(new ArrayList<>(rowById.keySet()))) {
            Map<String, PersonaRow> kept = new LinkedHashMap<>(rowById);
            rowById.clear();
            for (String id : ids) {
                PersonaRow row = kept.get(id);
                rowById.put(id, row != null ? row : new PersonaRow(id, editor, document::current));
            }
            rows.getChildren().setAll(rowById.values().stream().map(PersonaRow::node).toList());
        }
        for (Persona p : personas) {
            rowById.get(p.id()).show(p, personas);
        }
        empty.setVisible(personas.isEmpty());
        empty.setManaged(personas.isEmpty());
        filterChoice.show(map);
    }
}
