package fi.polku.model;

import java.util.Objects;

/** Who walks the journey. */
public record Persona(String id, String name, String description) {
    public Persona {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        description = description == null ? "" : description;
    }
}
