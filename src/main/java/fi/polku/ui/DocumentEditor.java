package fi.polku.ui;

import fi.polku.edit.AddConnection;
import fi.polku.edit.AddLane;
import fi.polku.edit.AddStage;
import fi.polku.edit.AddTouchpoint;
import fi.polku.edit.ChangeLaneKind;
import fi.polku.edit.Command;
import fi.polku.edit.CompositeCommand;
import fi.polku.edit.DeleteConnection;
import fi.polku.edit.DeleteLane;
import fi.polku.edit.DeleteStage;
import fi.polku.edit.DeleteTouchpoints;
import fi.polku.edit.DuplicateTouchpoints;
import fi.polku.edit.History;
import fi.polku.edit.IdGenerator;
import fi.polku.edit.MoveLane;
import fi.polku.edit.MoveStage;
import fi.polku.edit.MoveTouchpoints;
import fi.polku.edit.PasteTouchpoints;
import fi.polku.edit.RenameLane;
import fi.polku.edit.RenameStage;
import fi.polku.edit.SetMapProperties;
import fi.polku.edit.SetMeasurements;
import fi.polku.edit.SetTargets;
import fi.polku.edit.UpdateConnection;
import fi.polku.edit.UpdateTouchpoints;
import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one gateway through which the window changes the open map: every method runs one of the shared
 * commands of fi.polku.edit as one undoable step. The command names the step; the Undo menu puts that
 * name into words in whatever language the window speaks when it is shown.
 */
public final class DocumentEditor {
    /** Asks whether to delete a stage or lane with touchpoints in it; gets the header line and the count. */
    public interface DeletionConfirmation {
        boolean confirm(String header, int touchpoints);
    }

    /** Revert: the whole map becomes another one; the edit package has no command for that. */
    private record ReplaceMap(JourneyMap map) implements Command {
        @Override
        public JourneyMap apply(JourneyMap current) {
            return map.equals(current) ? current : map;
        }

        @Override
        public Text description() {
            return Text.of("step.revert");
        }
    }

    private final History history;
    private DeletionConfirmation deletionConfirmation = (header, touchpoints) -> true;

    public DocumentEditor(History history) {
        this.history = history;
    }

    /** Who is asked before a stage or lane that still holds touchpoints is deleted; by default no one. */
    public void setDeletionConfirmation(DeletionConfirmation confirmation) {
        this.deletionConfirmation = confirmation;
    }

    /** Runs a command built elsewhere (e.g. a survey import) as one undoable step of its own. */
    public void execute(Command command) {
        history.endMerge();
        history.execute(command);
        history.endMerge();
    }

    /**
     * Runs a command that joins the step before it when both have the same {@link Command#mergeKey()}, as
     * the keystrokes of one field do.
     */
    public void executeTyped(Command command) {
        history.execute(command);
    }

    /** Ends a typing or dragging burst: the next edit is a new undo step. */
    public void endMerge() {
        history.endMerge();
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /** Revert: replaces the whole map in one undoable step. */
    public void replaceMap(JourneyMap map) {
        execute(new ReplaceMap(map));
    }

    /** Adds an empty touchpoint at the end of a cell and returns its id. */
    public String addTouchpoint(String stageId, String laneId) {
        AddTouchpoint add = AddTouchpoint.in(history.current(), stageId, laneId, Integer.MAX_VALUE,
                Messages.get("default.touchpointTitle"));
        run(add);
        return add.touchpoint().id();
    }

    /**
     * Quick capture: adds a touchpoint with this title at the end of a cell, as a step of its own named
     * after the card ("Add touchpoint “Kassa”"), and returns its id.
     */
    public String addTouchpoint(String stageId, String laneId, String title) {
        AddTouchpoint add = AddTouchpoint.in(history.current(), stageId, laneId, Integer.MAX_VALUE, title);
        execute(CompositeCommand.of(Text.of("step.addTouchpointTitled", fi.polku.edit.UndoText.title(title)), add));
        return add.touchpoint().id();
    }

    /**
     * A pasted list: one touchpoint per title at the end of a cell, in order, as one step ("Paste 12
     * touchpoints"); returns the new ids.
     */
    public List<String> addTouchpoints(String stageId, String laneId, List<String> titles) {
        List<Touchpoint> cards = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            cards.add(Touchpoint.create("line" + i, titles.get(i), stageId, laneId));
        }
        PasteTouchpoints paste = PasteTouchpoints.intoCell(history.current(), cards, stageId, laneId,
                Integer.MAX_VALUE);
        execute(paste);
        return paste.newIds();
    }

    /** Moves touchpoints to a cell, placed together at {@code indexInCell} among the cell's others. */
    public void moveTouchpoints(List<String> ids, String stageId, String laneId, int indexInCell) {
        run(new MoveTouchpoints(ids, stageId, laneId, indexInCell));
    }

    /** Moves touchpoints to another stage, each staying in its lane, at the end of its new cell. */
    public void moveToStage(Collection<String> ids, String stageId) {
        moveGrouped(ids, Touchpoint::laneId, lane -> new MoveTouchpoints(List.of(), stageId, lane, Integer.MAX_VALUE),
                "step.touchpoint.stage");
    }

    /** Moves touchpoints to another lane, each staying in its stage, at the end of its new cell. */
    public void moveToLane(Collection<String> ids, String laneId) {
        moveGrouped(ids, Touchpoint::stageId, stage -> new MoveTouchpoints(List.of(), stage, laneId, Integer.MAX_VALUE),
                "step.touchpoint.lane");
    }

    private void moveGrouped(Collection<String> ids, Function<Touchpoint, String> keep,
                             Function<String, MoveTouchpoints> target, String nameKey) {
        Set<String> wanted = Set.copyOf(ids);
        Map<String, List<String>> byKept = new LinkedHashMap<>();
        for (Touchpoint t : history.current().touchpoints()) {
            MoveTouchpoints to = target.apply(keep.apply(t));
            // A card already in its target cell stays where it is rather than jumping to the cell's end.
            if (wanted.contains(t.id()) && !t.isIn(to.stageId(), to.laneId())) {
                byKept.computeIfAbsent(keep.apply(t), k -> new ArrayList<>()).add(t.id());
            }
        }
        List<Command> moves = new ArrayList<>();
        byKept.forEach((kept, group) -> {
            MoveTouchpoints to = target.apply(kept);
            moves.add(new MoveTouchpoints(group, to.stageId(), to.laneId(), to.indexInCell()));
        });
        run(new CompositeCommand(Text.of(nameKey, wanted.size()), moves));
    }

    /** Changes some touchpoints in one step named {@code name}; {@code mergeKey} joins a typing burst into one step. */
    public void updateTouchpoints(Collection<String> ids, UnaryOperator<Touchpoint> change, Text name,
                                  Object mergeKey) {
        history.execute(new UpdateTouchpoints(List.copyOf(ids), change, name, mergeKey));
    }

    public void renameTouchpoint(String id, String title) {
        run(UpdateTouchpoints.title(id, title));
    }

    /** Each add, edit or delete in the measurement table is a step of its own, named {@code name}. */
    public void setMeasurements(String id, List<Measurement> measurements, Text name) {
        execute(new SetMeasurements(id, measurements, name));
    }

    /** Sets or clears ({@code target} null) one metric's target on several touchpoints in one step. */
    public void setTargets(Collection<String> ids, String metricId, Double target) {
        JourneyMap map = history.current();
        List<Command> parts = new ArrayList<>();
        for (String id : ids) {
            map.touchpoint(id).ifPresent(t -> {
                Map<String, Double> next = new TreeMap<>(t.targets());
                if (target == null) {
                    next.remove(metricId);
                } else {
                    next.put(metricId, target);
                }
                parts.add(SetTargets.of(map, id, next));
            });
        }
        run(new CompositeCommand(Text.of("step.setTarget"), parts, "target:" + metricId + ":" + ids));
    }

    public void deleteTouchpoints(Collection<String> ids) {
        run(new DeleteTouchpoints(List.copyOf(ids)));
    }

    /** Copies touchpoints next to themselves and returns the copies' ids, in map order. */
    public List<String> duplicateTouchpoints(Collection<String> ids) {
        DuplicateTouchpoints duplicate = DuplicateTouchpoints.of(history.current(), List.copyOf(ids));
        run(duplicate);
        return duplicate.copyIds();
    }

    /**
     * Pastes touchpoints and the arrows among them in one step: with {@code keepingCells} each card goes
     * back to its own cell where the map has it, the rest (or all, without it) into the given cell.
     * Returns the new ids, in clipboard order.
     */
    public List<String> pasteTouchpoints(List<Touchpoint> clipboard, List<Connection> between, String stageId,
                                         String laneId, boolean keepingCells) {
        JourneyMap map = history.current();
        PasteTouchpoints paste = keepingCells
                ? PasteTouchpoints.keepingCells(map, clipboard, stageId, laneId, Integer.MAX_VALUE)
                : PasteTouchpoints.intoCell(map, clipboard, stageId, laneId, Integer.MAX_VALUE);
        Map<String, String> newIdOf = new java.util.HashMap<>();
        for (int i = 0; i < clipboard.size(); i++) {
            newIdOf.put(clipboard.get(i).id(), paste.newIds().get(i));
        }
        IdGenerator ids = new IdGenerator(map);
        List<Command> parts = new ArrayList<>(List.of(paste));
        for (Connection c : between) {
            String from = newIdOf.get(c.from());
            String to = newIdOf.get(c.to());
            if (from != null && to != null && !from.equals(to)) {
                parts.add(new AddConnection(new Connection(ids.next(IdGenerator.CONNECTION), from, to, c.label())));
            }
        }
        run(new CompositeCommand(paste.description(), parts));
        return paste.newIds();
    }

    /** Cut: deletes the touchpoints in one step named for cutting. */
    public void cutTouchpoints(Collection<String> ids) {
        run(DeleteTouchpoints.cut(List.copyOf(ids)));
    }

    /** Draws an arrow from each touchpoint to the next one in {@code orderedIds}, in one step. */
    public void connectInOrder(List<String> orderedIds) {
        IdGenerator ids = new IdGenerator(history.current());
        List<Command> parts = new ArrayList<>();
        for (int i = 0; i + 1 < orderedIds.size(); i++) {
            parts.add(new AddConnection(new Connection(ids.next(IdGenerator.CONNECTION), orderedIds.get(i),
                    orderedIds.get(i + 1), "")));
        }
        run(new CompositeCommand(Text.of("step.connectTouchpoints", orderedIds.size()), parts));
    }

    /** Removes every arrow that starts or ends at one of the touchpoints, in one step. */
    public void removeConnectionsOf(Collection<String> touchpointIds) {
        Set<String> ids = Set.copyOf(touchpointIds);
        List<Command> parts = history.current().connections().stream()
                .filter(c -> ids.contains(c.from()) || ids.contains(c.to()))
                .map(c -> (Command) new DeleteConnection(c.id())).toList();
        run(new CompositeCommand(Text.of("step.removeConnections", parts.size()), parts));
    }

    /** Gives one arrow a new label (an empty one removes it), in one step. */
    public void labelConnection(String connectionId, String label) {
        if (hasConnection(connectionId)) {
            run(UpdateConnection.label(history.current(), connectionId, label));
        }
    }

    /**
     * Moves an arrow's ends to {@code from} and {@code to} in one step, or changes nothing and says why
     * not: an end beside the cards, an arrow from a card to itself, or one that already exists.
     */
    public UpdateConnection.Refusal reconnectConnection(String connectionId, String from, String to) {
        JourneyMap map = history.current();
        if (!hasConnection(connectionId)) {
            return null;
        }
        UpdateConnection.Refusal refusal = UpdateConnection.refusal(map, connectionId, from, to);
        if (refusal == null) {
            run(UpdateConnection.reconnect(map, connectionId, from, to));
        }
        return refusal;
    }

    /** Turns an arrow round, in one step; refused like a reconnection when the reverse arrow exists. */
    public UpdateConnection.Refusal reverseConnection(String connectionId) {
        return history.current().connections().stream().filter(c -> c.id().equals(connectionId)).findFirst()
                .map(c -> {
                    UpdateConnection.Refusal r = UpdateConnection.refusal(history.current(), c.id(), c.to(), c.from());
                    if (r == null) {
                        run(UpdateConnection.reverse(history.current(), c.id()));
                    }
                    return r;
                }).orElse(null);
    }

    /** Deletes one arrow, in one step. */
    public void deleteConnection(String connectionId) {
        run(new DeleteConnection(connectionId));
    }

    private boolean hasConnection(String connectionId) {
        return history.current().connections().stream().anyMatch(c -> c.id().equals(connectionId));
    }

    /**
     * Changes the map's own properties (title, description, language, scenario, personas) in a step named
     * {@code name}; typing under one name merges into one step.
     */
    public void setMapProperties(UnaryOperator<JourneyMap> change, Text name) {
        run(SetMapProperties.of(change.apply(history.current()), name));
    }

    /** Gives the map another brand (accent colour, logo) as one undoable step. */
    public void setBrand(fi.polku.model.Brand brand) {
        run(fi.polku.edit.SetBrand.of(history.current(), brand));
    }

    /** Adds a stage after {@code afterStageId} (or at the end when null) and returns its id. */
    public String addStage(String afterStageId) {
        JourneyMap map = history.current();
        AddStage add = AddStage.named(map, Messages.get("default.stageName"),
                indexAfter(map.stages().stream().map(s -> s.id()).toList(), afterStageId));
        run(add);
        return add.stage().id();
    }

    /** Adds a stage before {@code beforeStageId} and returns its id. */
    public String addStageBefore(String beforeStageId) {
        JourneyMap map = history.current();
        int at = Math.max(0, map.stages().stream().map(s -> s.id()).toList().indexOf(beforeStageId));
        AddStage add = AddStage.named(map, Messages.get("default.stageName"), at);
        run(add);
        return add.stage().id();
    }

    /** Renames a stage; while {@code typing}, the keystrokes merge into one step, else it is a step of its own. */
    public void renameStage(String stageId, String name, boolean typing) {
        runTyped(new RenameStage(stageId, name), typing);
    }

    /** Moves a stage {@code delta} places left (negative) or right (positive). */
    public void moveStage(String stageId, int delta) {
        int from = history.current().stages().stream().map(s -> s.id()).toList().indexOf(stageId);
        moveStageTo(stageId, from + delta);
    }

    /** Moves a stage so that it ends up at {@code toIndex}; an index outside the stages changes nothing. */
    public void moveStageTo(String stageId, int toIndex) {
        if (toIndex >= 0 && toIndex < history.current().stages().size()) {
            run(new MoveStage(stageId, toIndex));
        }
    }

    /** Deletes a stage and the touchpoints in it, after asking when it holds any. */
    public void deleteStage(String stageId) {
        JourneyMap map = history.current();
        int doomed = DeleteStage.touchpointsIn(map, stageId);
        String name = map.stage(stageId).map(s -> s.name()).orElse(stageId);
        if (doomed > 0 && !deletionConfirmation.confirm(Messages.format("confirm.deleteStage.header", name), doomed)) {
            return;
        }
        run(new DeleteStage(stageId));
    }

    /** Adds a channel lane after {@code afterLaneId} (or at the end when null) and returns its id. */
    public String addLane(String afterLaneId) {
        JourneyMap map = history.current();
        AddLane add = AddLane.named(map, Messages.get("default.laneName"), LaneKind.TEXT, null,
                indexAfter(map.lanes().stream().map(Lane::id).toList(), afterLaneId));
        run(add);
        return add.lane().id();
    }

    /** Adds a lane before {@code beforeLaneId} and returns its id. */
    public String addLaneBefore(String beforeLaneId) {
        JourneyMap map = history.current();
        int at = Math.max(0, map.lanes().stream().map(Lane::id).toList().indexOf(beforeLaneId));
        AddLane add = AddLane.named(map, Messages.get("default.laneName"), LaneKind.TEXT, null, at);
        run(add);
        return add.lane().id();
    }

    /** Renames a lane; while {@code typing}, the keystrokes merge into one step, else it is a step of its own. */
    public void renameLane(String laneId, String name, boolean typing) {
        runTyped(new RenameLane(laneId, name), typing);
    }

    /** Changes a lane's kind (and its channel, kept only for channel lanes). */
    public void changeLaneKind(String laneId, LaneKind kind, fi.polku.model.ChannelType channel) {
        run(new ChangeLaneKind(laneId, kind, channel));
    }

    /** Gives a channel lane another channel. */
    public void changeLaneChannel(String laneId, fi.polku.model.ChannelType channel) {
        run(ChangeLaneKind.channel(laneId, channel));
    }

    public void moveLane(String laneId, int delta) {
        int from = history.current().lanes().stream().map(Lane::id).toList().indexOf(laneId);
        moveLaneTo(laneId, from + delta);
    }

    /** Moves a lane so that it ends up at {@code toIndex}; an index outside the lanes changes nothing. */
    public void moveLaneTo(String laneId, int toIndex) {
        if (toIndex >= 0 && toIndex < history.current().lanes().size()) {
            run(new MoveLane(laneId, toIndex));
        }
    }

    /** Deletes a lane and the touchpoints in it, after asking when it holds any. */
    public void deleteLane(String laneId) {
        JourneyMap map = history.current();
        int doomed = DeleteLane.touchpointsIn(map, laneId);
        String name = map.lane(laneId).map(Lane::name).orElse(laneId);
        if (doomed > 0 && !deletionConfirmation.confirm(Messages.format("confirm.deleteLane.header", name), doomed)) {
            return;
        }
        run(new DeleteLane(laneId));
    }

    private void run(Command command) {
        history.execute(command);
    }

    private void runTyped(Command command, boolean typing) {
        if (typing) {
            run(command);
        } else {
            execute(command);
        }
    }

    private static int indexAfter(List<String> ids, String afterId) {
        int at = afterId == null ? -1 : ids.indexOf(afterId);
        return at < 0 ? ids.size() : at + 1;
    }
}
