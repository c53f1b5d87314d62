package fi.polku.ui.persona;

import fi.polku.model.Persona;
import fi.polku.model.PersonaColours;
import fi.polku.ui.Messages;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

import java.util.List;
import java.util.Locale;

/** A persona's colour as a small disc, and the colour's name in words for menus and screen readers. */
final class PersonaSwatch {
    private PersonaSwatch() {
    }

    /** A disc of {@code hex} with a thin outline, so that a light colour still shows on a light menu. */
    static Circle disc(String hex, double radius) {
        Circle disc = new Circle(radius, Color.web(hex));
        disc.setStroke(Color.web("#00000055"));
        disc.setStrokeWidth(1);
        disc.getStyleClass().add("persona-swatch");
        return disc;
    }

    /** The colour a persona is drawn in. */
    static String colourOf(Persona persona, List<Persona> all) {
        return PersonaColours.of(persona, all);
    }

    /** "Indigo", or the colour's code when it is not one of the palette's. */
    static String colourName(String hex) {
        int at = PersonaColours.PALETTE.indexOf(hex.toUpperCase(Locale.ROOT));
        return at < 0 ? hex : Messages.get("personas.colour." + PersonaColours.NAMES.get(at));
    }

    /** The name a persona is listed by: its own, or "Unnamed persona". */
    static String nameOf(Persona persona) {
        return persona.name().isBlank() ? Messages.get("personas.unnamed") : persona.name();
    }
}
