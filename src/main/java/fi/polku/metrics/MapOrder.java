package fi.polku.metrics;

import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.List;

/** The reading order of a map's touchpoints: stage by stage, lane by lane, then their order in the cell. */
public final class MapOrder {
    private MapOrder() {
    }

    /** Touchpoints in reading order; those whose stage or lane is missing come last, in list order. */
    public static List<Touchpoint> touchpoints(JourneyMap map) {
        List<Touchpoint> ordered = new ArrayList<>();
        for (Stage stage : map.stages()) {
            for (Lane lane : map.lanes()) {
                ordered.addAll(map.cell(stage.id(), lane.id()));
            }
        }
        for (Touchpoint t : map.touchpoints()) {
            if (map.stage(t.stageId()).isEmpty() || map.lane(t.laneId()).isEmpty()) {
                ordered.add(t);
            }
        }
        return ordered;
    }
}
