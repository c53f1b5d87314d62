package fi.polku.export;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a map down to what an export shows, so the ordinary layout lays out only that: the chosen
 * stages, the lanes that are not hidden, and the touchpoints (and connections) inside them.
 */
public final class MapFilter {
    private MapFilter() {
    }

    /**
     * The part of {@code map} that {@code scope} and {@code hiddenLaneIds} leave visible.
     *
     * @throws IllegalArgumentException when a stage range names a stage the map does not have
     */
    public static JourneyMap apply(JourneyMap map, ExportScope scope, Set<String> hiddenLaneIds) {
        List<Stage> stages = map.stages();
        List<Lane> lanes = map.lanes().stream().filter(l -> !hiddenLaneIds.contains(l.id())).toList();
        Set<String> selected = null;
        switch (scope) {
            case ExportScope.WholeMap ignored -> { }
            case ExportScope.StageRange range -> stages = stageRange(map, range);
            case ExportScope.Selection selection -> {
                selected = selection.touchpointIds();
                Set<String> usedStages = new HashSet<>();
                Set<String> usedLanes = new HashSet<>();
                for (Touchpoint t : map.touchpoints()) {
                    if (selected.contains(t.id())) {
                        usedStages.add(t.stageId());
                        usedLanes.add(t.laneId());
                    }
                }
                stages = stages.stream().filter(s -> usedStages.contains(s.id())).toList();
                lanes = lanes.stream().filter(l -> usedLanes.contains(l.id())).toList();
            }
        }
        Set<String> stageIds = new HashSet<>(stages.stream().map(Stage::id).toList());
        Set<String> laneIds = new HashSet<>(lanes.stream().map(Lane::id).toList());
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (Touchpoint t : map.touchpoints()) {
            if (stageIds.contains(t.stageId()) && laneIds.contains(t.laneId())
                    && (selected == null || selected.contains(t.id()))) {
                touchpoints.add(t);
            }
        }
        Set<String> kept = new HashSet<>(touchpoints.stream().map(Touchpoint::id).toList());
        List<Connection> connections = map.connections().stream()
                .filter(c -> kept.contains(c.from()) && kept.contains(c.to())).toList();
        return map.withStages(stages).withLanes(lanes).withTouchpoints(touchpoints).withConnections(connections);
    }

    private static List<Stage> stageRange(JourneyMap map, ExportScope.StageRange range) {
        int first = indexOf(map, range.firstStageId());
        int last = indexOf(map, range.lastStageId());
        return map.stages().subList(Math.min(first, last), Math.max(first, last) + 1);
    }

    private static int indexOf(JourneyMap map, String stageId) {
        for (int i = 0; i < map.stages().size(); i++) {
            if (map.stages().get(i).id().equals(stageId)) {
                return i;
            }
        }
        throw new ExportProblem(Text.of("exportProblem.noStage", stageId));
    }
}
