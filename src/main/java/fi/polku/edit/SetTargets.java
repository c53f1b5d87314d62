package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Replaces the targets (metric id to target value) of one touchpoint. */
public record SetTargets(String touchpointId, Map<String, Double> targets, String touchpointTitle)
        implements Command {
    public SetTargets {
        targets = Map.copyOf(new TreeMap<>(targets));
        touchpointTitle = touchpointTitle == null ? "" : touchpointTitle;
    }

    public static SetTargets of(JourneyMap map, String touchpointId, Map<String, Double> targets) {
        return new SetTargets(touchpointId, targets, map.touchpoint(touchpointId).map(Touchpoint::title).orElse(""));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        return new UpdateTouchpoints(List.of(touchpointId), t -> t.withTargets(targets), description(), mergeKey())
                .apply(map);
    }

    @Override
    public String description() {
        return "Set targets of " + (touchpointTitle.isBlank() ? "touchpoint" : UndoText.quoted(touchpointTitle));
    }

    @Override
    public Object mergeKey() {
        return MergeKey.of("targets", touchpointId);
    }
}
