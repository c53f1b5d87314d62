package fi.polku.model;

import java.util.List;
import java.util.Objects;

/** An idea for improvement, linked to touchpoints, with an optional yearly value estimate. */
public record Opportunity(String id, String text, List<String> touchpointIds, ValueEstimate estimate) {
    public Opportunity {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        touchpointIds = touchpointIds == null ? List.of() : List.copyOf(touchpointIds);
    }
}
