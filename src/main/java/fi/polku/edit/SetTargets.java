package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Replaces the targets (metric id to target value) of one touchpoint; {@link #of} names the step. */
public record SetTargets(String touchpointId, Map<String, Double> targets, Text description) implements Command {
    public SetTargets {
        targets = Map.copyOf(new TreeMap<>(targets));
    }

    /** Reads "Set targets of “Kassa”". */
    public static SetTargets of(JourneyMap map, String touchpointId, Map<String, Double> targets) {
        String title = map.touchpoint(touchpointId).map(Touchpoint::title).orElse("");
        return new SetTargets(touchpointId, targets, Text.of("step.targetsOf", UndoText.touchpoint(title)));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        return new UpdateTouchpoints(List.of(touchpointId), t -> t.withTargets(targets), description, mergeKey())
                .apply(map);
    }

    @Override
    public Object mergeKey() {
        return MergeKey.of("targets", touchpointId);
    }
}
