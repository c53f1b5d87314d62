package fi.polku.ui.persona;

import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import fi.polku.ui.Messages;
import fi.polku.ui.state.PersonaFilter;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whose journey the canvas shows: every card, or one persona's, with the other personas' cards hidden or
 * veiled. It sets the document's {@link PersonaFilter}, which the status bar and Esc can clear as well.
 */
final class PersonaFilterChoice {
    /** The choice standing for "every persona", since a choice box shows null as an empty line. */
    private static final String ALL = "";

    private final PersonaFilter filter;
    private final VBox box = new VBox(4);
    private final ObservableList<String> choices = FXCollections.observableArrayList(ALL);
    private final ChoiceBox<String> persona = new ChoiceBox<>(choices);
    private List<Persona> personas = List.of();
    private boolean loading;

    PersonaFilterChoice(PersonaFilter filter) {
        this.filter = filter;
        Label label = new Label(Messages.get("personas.filter"));
        label.getStyleClass().add("field-label");
        label.setLabelFor(persona);
        persona.setId("persona-filter");
        persona.setAccessibleText(label.getText());
        persona.setMaxWidth(Double.MAX_VALUE);
        persona.setTooltip(new Tooltip(Messages.get("personas.filter.tooltip")));
        persona.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                if (id == null || id.equals(ALL)) {
                    return Messages.get("personas.filter.all");
                }
                return personas.stream().filter(p -> p.id().equals(id)).findFirst().map(PersonaSwatch::nameOf)
                        .orElse(id);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse text");
            }
        });
        persona.valueProperty().addListener((o, was, now) -> {
            if (!loading) {
                filter.personaProperty().set(now == null || now.equals(ALL) ? null : now);
            }
        });
        filter.personaProperty().addListener((o, was, now) -> select(now));
        ToggleGroup group = new ToggleGroup();
        RadioButton hide = radio("persona-filter-hide", "personas.filter.hide", group, PersonaFilter.Mode.HIDE);
        RadioButton veil = radio("persona-filter-veil", "personas.filter.veil", group, PersonaFilter.Mode.VEIL);
        group.selectToggle(filter.mode() == PersonaFilter.Mode.VEIL ? veil : hide);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                filter.modeProperty().set((PersonaFilter.Mode) now.getUserData());
            }
        });
        filter.modeProperty().addListener((o, was, now) -> group.selectToggle(now == PersonaFilter.Mode.VEIL
                ? veil : hide));
        Label hint = new Label(Messages.get("personas.filter.hint"));
        hint.getStyleClass().add("mixed-hint");
        hint.setWrapText(true);
        box.getStyleClass().add("persona-filter");
        box.getChildren().addAll(label, persona, hide, veil, hint);
    }

    Node node() {
        return box;
    }

    /** Offers the map's personas; the filter forgets a persona that is gone by itself. */
    void show(JourneyMap map) {
        personas = map.personas();
        List<String> next = new ArrayList<>(List.of(ALL));
        personas.forEach(p -> next.add(p.id()));
        loading = true;
        // Set again even when the ids are the same: a renamed persona must show its new name.
        choices.setAll(next);
        loading = false;
        select(filter.persona());
        // Without personas there is nothing to choose: the section gives its room to the rest of the page.
        box.setVisible(!personas.isEmpty());
        box.setManaged(!personas.isEmpty());
    }

    private void select(String id) {
        loading = true;
        String want = id == null ? ALL : id;
        if (!Objects.equals(persona.getValue(), want)) {
            persona.setValue(choices.contains(want) ? want : ALL);
        }
        loading = false;
    }

    private RadioButton radio(String id, String key, ToggleGroup group, PersonaFilter.Mode mode) {
        RadioButton button = new RadioButton(Messages.get(key));
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(mode);
        button.setWrapText(true);
        return button;
    }
}
