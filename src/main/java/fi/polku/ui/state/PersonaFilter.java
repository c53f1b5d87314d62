package fi.polku.ui.state;

import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which persona's journey the canvas shows: all cards (no persona chosen), or one persona's, with the
 * other personas' cards hidden or only veiled. A card marked for no persona is for everyone and always
 * shows. View state of one open map, like the selection: never saved, never undone.
 */
public final class PersonaFilter {
    /** What happens to the cards of other personas while a persona is chosen. */
    public enum Mode {
        /** They are left out of the map on screen, which closes up round the persona's cards. */
        HIDE,
        /** They stay where they are under a veil, so that the persona's cards stand out. */
        VEIL
    }

    private final ObjectProperty<String> persona = new SimpleObjectProperty<>(this, "persona");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.HIDE);
    private final BooleanBinding active = Bindings.isNotNull(persona);

    /** The chosen persona's id, or null to show every card. */
    public ObjectProperty<String> personaProperty() {
        return persona;
    }

    /** Hide or veil the other personas' cards; never null. */
    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** True while a persona is chosen. */
    public BooleanBinding activeProperty() {
        return active;
    }

    public String persona() {
        return persona.get();
    }

    public Mode mode() {
        return mode.get() == null ? Mode.HIDE : mode.get();
    }

    /** Shows every card again. */
    public void clear() {
        persona.set(null);
    }

    /** Shows every card again when the chosen persona is gone from the map (deleted, or undone). */
    public void forgetMissing(JourneyMap map) {
        String id = persona.get();
        if (id != null && map.personas().stream().map(Persona::id).noneMatch(id::equals)) {
            persona.set(null);
        }
    }
}
