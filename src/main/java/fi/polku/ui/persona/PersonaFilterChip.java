package fi.polku.ui.persona;

import fi.polku.model.JourneyMap;
import fi.polku.ui.Document;
import fi.polku.ui.Messages;
import fi.polku.ui.state.PersonaFilter;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The status bar's sign that the canvas shows one persona's journey ("Persona: Eeva ×"): there only while
 * a persona is chosen, and a click on it shows every card again, as Esc on the map does.
 */
public final class PersonaFilterChip {
    private final Button chip = new Button();

    public PersonaFilterChip(Document document) {
        PersonaFilter filter = document.state().personaFilter();
        chip.setId("persona-filter-chip");
        chip.getStyleClass().addAll("persona-filter-chip", "small");
        chip.setFocusTraversable(false);
        chip.setGraphic(new FontIcon(MaterialDesignC.CLOSE));
        chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        chip.textProperty().bind(Bindings.createStringBinding(() -> text(document.current(), filter),
                filter.personaProperty(), filter.modeProperty(), document.mapProperty(), Messages.language()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Messages.text("personas.chip.tooltip"));
        chip.setTooltip(tip);
        chip.visibleProperty().bind(filter.activeProperty());
        chip.managedProperty().bind(chip.visibleProperty());
        chip.setOnAction(e -> filter.clear());
    }

    public Node node() {
        return chip;
    }

    private static String text(JourneyMap map, PersonaFilter filter) {
        String id = filter.persona();
        if (id == null) {
            return "";
        }
        String name = map.personas().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(PersonaSwatch::nameOf).orElse(id);
        return Messages.format(filter.mode() == PersonaFilter.Mode.VEIL ? "personas.chip.veil"
                : "personas.chip.hide", name);
    }
}
