package fi.polku.edit;

import fi.polku.model.JourneyMap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The undo/redo history of one open map. Undo is "go back to the previous value": each step keeps the
 * map before and after it, and unchanged parts are shared between them, so steps are cheap.
 * Not thread-safe: used from the JavaFX thread only.
 */
public final class History {
    /** A recorded step. */
    private record Step(JourneyMap before, JourneyMap after, String description, Object mergeKey) {
    }

    /** Notified after every change of the current map, undo/redo availability or saved state. */
    public interface Listener {
        void historyChanged(History history);
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new ArrayList<>();
    private JourneyMap current;
    private JourneyMap saved;
    /** Breaks merging, so that e.g. focusing another field starts a new step. */
    private boolean mergeOpen;

    public History(JourneyMap initial) {
        this.current = Objects.requireNonNull(initial);
        this.saved = initial;
    }

    public JourneyMap current() {
        return current;
    }

    /**
     * Applies a command. Returns false, recording nothing, when it changed nothing. A recorded step
     * clears redo.
     */
    public boolean execute(Command command) {
        JourneyMap after = command.apply(current);
        if (after.equals(current)) {
            return false;
        }
        Step top = undo.peek();
        Object key = command.mergeKey();
        if (mergeOpen && top != null && key != null && key.equals(top.mergeKey()) && redo.isEmpty()) {
            undo.pop();
            undo.push(new Step(top.before(), after, command.description(), key));
        } else {
            undo.push(new Step(current, after, command.description(), key));
        }
        mergeOpen = true;
        redo.clear();
        current = after;
        fire();
        return true;
    }

    /** Ends the current merge burst: the next command starts a new undo step even with the same key. */
    public void endMerge() {
        mergeOpen = false;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Step::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Step::description);
    }

    public void undo() {
        Step step = undo.poll();
        if (step == null) {
            return;
        }
        redo.push(step);
        current = step.before();
        mergeOpen = false;
        fire();
    }

    public void redo() {
        Step step = redo.poll();
        if (step == null) {
            return;
        }
        undo.push(step);
        current = step.after();
        mergeOpen = false;
        fire();
    }

    /** Records that {@code map} is what is on disk now (it may differ from current by timestamps). */
    public void markSaved(JourneyMap map) {
        saved = map;
        mergeOpen = false;
        fire();
    }

    /** The map differs from the one last saved (or opened); undoing back to it makes this false again. */
    public boolean isDirty() {
        return !current.equals(saved);
    }

    /**
     * Replaces the whole history with a new map, e.g. after Revert; nothing can be undone past it.
     */
    public void reset(JourneyMap map) {
        undo.clear();
        redo.clear();
        current = map;
        saved = map;
        mergeOpen = false;
        fire();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Listener l : List.copyOf(listeners)) {
            l.historyChanged(this);
        }
    }
}
