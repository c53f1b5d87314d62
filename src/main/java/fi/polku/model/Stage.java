package fi.polku.model;

import java.util.Objects;

/** A column of the map; its order is its position in {@link JourneyMap#stages()}. */
public record Stage(String id, String name) {
    public Stage {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
    }

    public Stage withName(String newName) {
        return new Stage(id, newName);
    }
}
