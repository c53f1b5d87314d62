package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pastes touchpoints from a clipboard with new ids ({@code newIds}, pairing with {@code clipboard}).
 * With {@code keepExistingCells} a card whose stage and lane exist in this map goes back to that cell
 * (paste in place) and only the others go to the target cell; without it all go to the target cell.
 * Measurements and targets of metrics this map does not define are left out, so a paste from another
 * map never leaves an unknown metric behind.
 */
public record PasteTouchpoints(List<Touchpoint> clipboard, String stageId, String laneId, int indexInCell,
                               boolean keepExistingCells, List<String> newIds) implements Command {
    public PasteTouchpoints {
        clipboard = List.copyOf(clipboard);
        newIds = List.copyOf(newIds);
        if (clipboard.size() != newIds.size() || Set.copyOf(newIds).size() != newIds.size()) {
            throw new IllegalArgumentException("One distinct new id is needed per pasted touchpoint");
        }
    }

    /** Pastes every card into the target cell at {@code indexInCell}, in clipboard order. */
    public static PasteTouchpoints intoCell(JourneyMap map, List<Touchpoint> clipboard, String stageId,
                                            String laneId, int indexInCell) {
        return new PasteTouchpoints(clipboard, stageId, laneId, indexInCell, false, freshIds(map, clipboard));
    }

    /** Pastes cards back into their own cells where this map has them, the rest into the target cell. */
    public static PasteTouchpoints keepingCells(JourneyMap map, List<Touchpoint> clipboard, String stageId,
                                                String laneId, int indexInCell) {
        return new PasteTouchpoints(clipboard, stageId, laneId, indexInCell, true, freshIds(map, clipboard));
    }

    private static List<String> freshIds(JourneyMap map, List<Touchpoint> clipboard) {
        IdGenerator fresh = new IdGenerator(map);
        return clipboard.stream().map(t -> fresh.next(IdGenerator.TOUCHPOINT)).toList();
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        if (clipboard.isEmpty()) {
            return map;
        }
        EditRules.requireCell(map, stageId, laneId);
        IdGenerator existing = new IdGenerator(map);
        List<Touchpoint> intoTarget = new ArrayList<>();
        List<Touchpoint> intoOwnCells = new ArrayList<>();
        for (int i = 0; i < clipboard.size(); i++) {
            String id = newIds.get(i);
            if (existing.isTaken(id)) {
                throw new IllegalArgumentException("Id \"" + id + "\" is already used in the map");
            }
            Touchpoint t = knownMetricsOnly(map, clipboard.get(i).withId(id));
            boolean ownCellExists = map.stage(t.stageId()).isPresent() && map.lane(t.laneId()).isPresent();
            if (keepExistingCells && ownCellExists && !t.isIn(stageId, laneId)) {
                intoOwnCells.add(t);
            } else {
                intoTarget.add(t.withCell(stageId, laneId));
            }
        }
        List<Touchpoint> list = map.touchpoints();
        for (Touchpoint t : intoOwnCells) {
            list = CellOrder.place(list, Set.of(), List.of(t), t.stageId(), t.laneId(), Integer.MAX_VALUE);
        }
        list = CellOrder.place(list, Set.of(), intoTarget, stageId, laneId, Math.max(0, indexInCell));
        JourneyMap out = map.withTouchpoints(list);
        for (Touchpoint t : intoOwnCells) {
            EditRules.checkTouchpoint(out, t);
        }
        for (Touchpoint t : intoTarget) {
            EditRules.checkTouchpoint(out, t);
        }
        return out;
    }

    private static Touchpoint knownMetricsOnly(JourneyMap map, Touchpoint t) {
        List<Measurement> measurements = t.measurements().stream()
                .filter(m -> map.metric(m.metric()).isPresent()).toList();
        Map<String, Double> targets = new TreeMap<>(t.targets());
        targets.keySet().removeIf(metric -> map.metric(metric).isEmpty());
        return t.withMeasurements(measurements).withTargets(targets);
    }

    @Override
    public Text description() {
        return Text.of("step.pasteTouchpoints", clipboard.size());
    }
}
