package fi.polku.model;

import java.util.Objects;

/**
 * A named feeling placed on the emotion axis, e.g. "relieved" at +1. A touchpoint names the feeling customers
 * have and the one the service aims for; its emotion number stays the measure.
 *
 * @param emotion where the feeling sits on the −3..+3 axis
 */
public record Feeling(String id, String name, double emotion) {
    public Feeling {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
    }
}
