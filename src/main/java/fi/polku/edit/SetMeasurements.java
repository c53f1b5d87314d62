package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;

import java.util.List;

/** Replaces the measurements of one touchpoint; edits in its measurement table merge into one step. */
public record SetMeasurements(String touchpointId, List<Measurement> measurements, String touchpointTitle)
        implements Command {
    public SetMeasurements {
        measurements = List.copyOf(measurements);
        touchpointTitle = touchpointTitle == null ? "" : touchpointTitle;
    }

    public static SetMeasurements of(JourneyMap map, String touchpointId, List<Measurement> measurements) {
        return new SetMeasurements(touchpointId, measurements,
                map.touchpoint(touchpointId).map(Touchpoint::title).orElse(""));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        return new UpdateTouchpoints(List.of(touchpointId), t -> t.withMeasurements(measurements),
                description(), mergeKey()).apply(map);
    }

    @Override
    public String description() {
        return "Edit measurements of " + (touchpointTitle.isBlank() ? "touchpoint" : UndoText.quoted(touchpointTitle));
    }

    @Override
    public Object mergeKey() {
        return MergeKey.of("measurements", touchpointId);
    }
}
