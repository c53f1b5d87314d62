package fi.polku.model;

import java.util.Objects;

/** An arrow showing flow from one touchpoint to another. */
public record Connection(String id, String from, String to, String label) {
    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        label = label == null ? "" : label;
    }
}
