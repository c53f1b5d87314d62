package fi.polku.ui;

import fi.polku.edit.Command;
import fi.polku.edit.History;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Measurement;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one gateway through which the window changes the open map: every method is one undoable step
 * named for the Undo menu. Nothing else in the UI builds commands.
 */
public final class DocumentEditor {
    /** A step of this editor; replaced by the shared command classes of fi.polku.edit at merge. */
    private record Step(String description, Object mergeKey, UnaryOperator<JourneyMap> change) implements Command {
        @Override
        public JourneyMap apply(JourneyMap map) {
            return change.apply(map);
        }
    }

    private final History history;

    public DocumentEditor(History history) {
        this.history = history;
    }

    /** Ends a typing or dragging burst: the next edit is a new undo step. */
    /** Runs a command built elsewhere (e.g. a survey import) as one undoable step. */
    public void execute(fi.polku.edit.Command command) {
        history.endMerge();
        history.execute(command);
        history.endMerge();
    }

    public void endMerge() {
        history.endMerge();
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /** Replaces the whole map in one undoable step, e.g. Revert. */
    public void replaceMap(JourneyMap map, String description) {
        run(description, null, m -> map);
    }

    /** Adds an empty touchpoint at the end of a cell and returns its id. */
    public String addTouchpoint(String stageId, String laneId) {
        String id = MapIds.next(history.current(), "t");
        Touchpoint created = Touchpoint.create(id, Messages.get("default.touchpointTitle"), stageId, laneId);
        run(Messages.get("step.addTouchpoint"), null, m -> m.withTouchpoints(append(m.touchpoints(), created)));
        return id;
    }

    /** Moves touchpoints to a cell, placed together at {@code indexInCell} among the cell's others. */
    public void moveTouchpoints(List<String> ids, String stageId, String laneId, int indexInCell) {
        Set<String> moving = new HashSet<>(ids);
        run(Messages.format("step.moveTouchpoints", ids.size()), null, m -> {
            List<Touchpoint> rest = new ArrayList<>();
            List<Touchpoint> moved = new ArrayList<>();
            for (Touchpoint t : m.touchpoints()) {
                if (moving.contains(t.id())) {
                    moved.add(t.withCell(stageId, laneId));
                } else {
                    rest.add(t);
                }
            }
            int insertAt = rest.size();
            int seen = 0;
            for (int i = 0; i < rest.size(); i++) {
                if (rest.get(i).isIn(stageId, laneId)) {
                    if (seen == indexInCell) {
                        insertAt = i;
                        break;
                    }
                    seen++;
                    insertAt = i + 1;
                }
            }
            rest.addAll(Math.min(insertAt, rest.size()), moved);
            return m.withTouchpoints(rest);
        });
    }

    /** Changes some touchpoints in one step; {@code mergeKey} joins a typing burst into one step. */
    public void updateTouchpoints(Collection<String> ids, UnaryOperator<Touchpoint> change, String description,
                                  Object mergeKey) {
        Set<String> targets = Set.copyOf(ids);
        run(description, mergeKey, m -> m.withTouchpoints(m.touchpoints().stream()
                .map(t -> targets.contains(t.id()) ? change.apply(t) : t).toList()));
    }

    public void renameTouchpoint(String id, String title) {
        updateTouchpoints(List.of(id), t -> t.withTitle(title), Messages.get("step.renameTouchpoint"), null);
    }

    public void setMeasurements(String id, List<Measurement> measurements, String description) {
        updateTouchpoints(List.of(id), t -> t.withMeasurements(measurements), description, null);
    }

    public void setTargets(Collection<String> ids, String metricId, Double target) {
        updateTouchpoints(ids, t -> {
            Map<String, Double> next = new java.util.TreeMap<>(t.targets());
            if (target == null) {
                next.remove(metricId);
            } else {
                next.put(metricId, target);
            }
            return t.withTargets(next);
        }, Messages.get("step.setTarget"), "target:" + metricId + ":" + ids);
    }

    public void deleteTouchpoints(Collection<String> ids) {
        Set<String> gone = Set.copyOf(ids);
        run(Messages.format("step.deleteTouchpoints", ids.size()), null, m -> m
                .withTouchpoints(m.touchpoints().stream().filter(t -> !gone.contains(t.id())).toList())
                .withConnections(m.connections().stream()
                        .filter(c -> !gone.contains(c.from()) && !gone.contains(c.to())).toList()));
    }

    /** Changes the map's own properties (title, description, language, scenario, personas). */
    public void setMapProperties(UnaryOperator<JourneyMap> change, String description, Object mergeKey) {
        run(description, mergeKey, change);
    }

    /** Adds a stage after {@code afterStageId} (or at the end when null) and returns its id. */
    public String addStage(String afterStageId) {
        String id = MapIds.next(history.current(), "s");
        Stage stage = new Stage(id, Messages.get("default.stageName"));
        run(Messages.get("step.addStage"), null,
                m -> m.withStages(insertAfter(m.stages(), stage, indexOf(m.stages(), afterStageId, Stage::id))));
        return id;
    }

    public void renameStage(String stageId, String name, Object mergeKey) {
        run(Messages.get("step.renameStage"), mergeKey, m -> m.withStages(m.stages().stream()
                .map(s -> s.id().equals(stageId) ? s.withName(name) : s).toList()));
    }

    /** Moves a stage {@code delta} places left (negative) or right (positive). */
    public void moveStage(String stageId, int delta) {
        run(Messages.get("step.moveStage"), null, m -> m.withStages(shift(m.stages(),
                indexOf(m.stages(), stageId, Stage::id), delta)));
    }

    /** Deletes a stage and the touchpoints in it. */
    public void deleteStage(String stageId) {
        run(Messages.get("step.deleteStage"), null, m -> withoutTouchpoints(m.withStages(
                m.stages().stream().filter(s -> !s.id().equals(stageId)).toList()), t -> t.stageId().equals(stageId)));
    }

    /** Adds a channel lane after {@code afterLaneId} (or at the end when null) and returns its id. */
    public String addLane(String afterLaneId) {
        String id = MapIds.next(history.current(), "l");
        Lane lane = new Lane(id, Messages.get("default.laneName"), LaneKind.TEXT, null);
        run(Messages.get("step.addLane"), null,
                m -> m.withLanes(insertAfter(m.lanes(), lane, indexOf(m.lanes(), afterLaneId, Lane::id))));
        return id;
    }

    /** Changes a lane's name, kind or channel. */
    public void updateLane(String laneId, UnaryOperator<Lane> change, String description, Object mergeKey) {
        run(description, mergeKey, m -> m.withLanes(m.lanes().stream()
                .map(l -> l.id().equals(laneId) ? change.apply(l) : l).toList()));
    }

    public void moveLane(String laneId, int delta) {
        run(Messages.get("step.moveLane"), null, m -> m.withLanes(shift(m.lanes(),
                indexOf(m.lanes(), laneId, Lane::id), delta)));
    }

    /** Deletes a lane and the touchpoints in it. */
    public void deleteLane(String laneId) {
        run(Messages.get("step.deleteLane"), null, m -> withoutTouchpoints(m.withLanes(
                m.lanes().stream().filter(l -> !l.id().equals(laneId)).toList()), t -> t.laneId().equals(laneId)));
    }

    private void run(String description, Object mergeKey, UnaryOperator<JourneyMap> change) {
        history.execute(new Step(description, mergeKey, change));
    }

    private static JourneyMap withoutTouchpoints(JourneyMap m, java.util.function.Predicate<Touchpoint> gone) {
        Set<String> ids = new HashSet<>();
        m.touchpoints().stream().filter(gone).forEach(t -> ids.add(t.id()));
        return m.withTouchpoints(m.touchpoints().stream().filter(t -> !ids.contains(t.id())).toList())
                .withConnections(m.connections().stream()
                        .filter(c -> !ids.contains(c.from()) && !ids.contains(c.to())).toList());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static <T> int indexOf(List<T> list, String id, java.util.function.Function<T, String> idOf) {
        for (int i = 0; i < list.size(); i++) {
            if (idOf.apply(list.get(i)).equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> List<T> insertAfter(List<T> list, T item, int index) {
        List<T> out = new ArrayList<>(list);
        out.add(index < 0 ? out.size() : index + 1, item);
        return out;
    }

    private static <T> List<T> shift(List<T> list, int index, int delta) {
        int target = index + delta;
        if (index < 0 || target < 0 || target >= list.size()) {
            return list;
        }
        List<T> out = new ArrayList<>(list);
        out.add(target, out.remove(index));
        return out;
    }
}
