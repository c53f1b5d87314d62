package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.List;

/**
 * Replaces the measurements of one touchpoint; edits in its measurement table merge into one step.
 * The step is named by its maker: "Edit measurements of “Kassa”" from {@link #of}, or e.g. "Add
 * measurement" from the table.
 */
public record SetMeasurements(String touchpointId, List<Measurement> measurements, Text description)
        implements Command {
    public SetMeasurements {
        measurements = List.copyOf(measurements);
    }

    public static SetMeasurements of(JourneyMap map, String touchpointId, List<Measurement> measurements) {
        String title = map.touchpoint(touchpointId).map(Touchpoint::title).orElse("");
        return new SetMeasurements(touchpointId, measurements,
                Text.of("step.measurementsOf", UndoText.touchpoint(title)));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        return new UpdateTouchpoints(List.of(touchpointId), t -> t.withMeasurements(measurements),
                description, mergeKey()).apply(map);
    }

    @Override
    public Object mergeKey() {
        return MergeKey.of("measurements", touchpointId);
    }
}
