package fi.polku.model;

import java.util.Objects;

/**
 * Who walks the journey.
 *
 * @param colour the persona's colour on the map as {@code #RRGGBB}, or null for none chosen
 */
public record Persona(String id, String name, String description, String colour) {
    public Persona {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        colour = colour == null || colour.isBlank() ? null : colour;
    }

    /** A persona with no colour chosen, as every version before 5 had. */
    public Persona(String id, String name, String description) {
        this(id, name, description, null);
    }

    public Persona withName(String v) {
        return new Persona(id, v, description, colour);
    }

    public Persona withDescription(String v) {
        return new Persona(id, name, v, colour);
    }

    public Persona withColour(String v) {
        return new Persona(id, name, description, v);
    }
}
