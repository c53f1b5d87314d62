package fi.polku.ui.persona;

import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.Messages;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The touchpoint inspector's personas: a check box per persona of the map, ticked when every selected card
 * is marked for them and half-ticked when some are. A click marks or unmarks all of them in one step.
 */
public final class PersonaChips {
    private final DocumentEditor editor;
    private final VBox box = new VBox(3);
    private final FlowPane chips = new FlowPane(10, 6);
    private final Label none = new Label(Messages.get("inspector.touchpoint.personas.none"));
    private final Label everyone = new Label(Messages.get("inspector.touchpoint.personas.everyone"));
    private List<String> ids = List.of();
    private JourneyMap map;
    private List<Persona> shownPersonas;

    public PersonaChips(DocumentEditor editor) {
        this.editor = editor;
        Label label = new Label(Messages.get("inspector.touchpoint.personas"));
        label.getStyleClass().add("field-label");
        chips.setId("touchpoint-personas");
        none.getStyleClass().add("mixed-hint");
        none.setWrapText(true);
        everyone.setId("touchpoint-personas-everyone");
        everyone.getStyleClass().add("mixed-hint");
        everyone.setWrapText(true);
        box.getChildren().addAll(label, chips, everyone, none);
    }

    public Node node() {
        return box;
    }

    /** Shows how the selected cards {@code selected} are marked in {@code loaded}. */
    public void show(List<String> selected, JourneyMap loaded) {
        this.ids = List.copyOf(selected);
        this.map = loaded;
        List<Persona> personas = loaded.personas();
        if (!personas.equals(shownPersonas)) {
            shownPersonas = personas;
            chips.getChildren().setAll(personas.stream().map(this::chip).toList());
        }
        boolean anyMarked = false;
        for (Node node : chips.getChildren()) {
            CheckBox chip = (CheckBox) node;
            PersonaMarks.Marked marked = PersonaMarks.marked(loaded, ids, (String) chip.getUserData());
            chip.setIndeterminate(marked == PersonaMarks.Marked.SOME);
            chip.setSelected(marked == PersonaMarks.Marked.ALL);
            anyMarked |= marked != PersonaMarks.Marked.NONE;
        }
        none.setVisible(personas.isEmpty());
        none.setManaged(personas.isEmpty());
        boolean forEveryone = !personas.isEmpty() && !anyMarked;
        everyone.setVisible(forEveryone);
        everyone.setManaged(forEveryone);
    }

    private CheckBox chip(Persona p) {
        CheckBox chip = new CheckBox(PersonaSwatch.nameOf(p));
        chip.setId("touchpoint-persona-" + p.id());
        chip.setUserData(p.id());
        chip.setMnemonicParsing(false);
        chip.setGraphic(PersonaSwatch.disc(PersonaSwatch.colourOf(p, shownPersonas), 6));
        chip.getStyleClass().add("persona-chip");
        // The click decides, not the box's own next state: a half-ticked box marks them all.
        chip.setOnAction(e -> PersonaMarks.toggle(editor, map, ids, p.id()));
        return chip;
    }
}
