package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
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
    /**
     * No count limit by default: undo is unbounded within memory. A 20,000-card map costs about 240 kB
     * per step (its touchpoint list: 80 kB of references and 160 kB of the cards' id and cell hashes),
     * so the oldest steps are forgotten only when the heap runs low.
     */
    public static final int DEFAULT_LIMIT = Integer.MAX_VALUE;
    /** Forget old steps once less than this share of the maximum heap is free. */
    private static final double LOW_MEMORY_SHARE = 0.10;

    /** A recorded step. */
    private record Step(JourneyMap before, JourneyMap after, Text description, Object mergeKey) {
    }

    /** Notified after every change of the current map, undo/redo availability or saved state. */
    public interface Listener {
        void historyChanged(History history);
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new ArrayList<>();
    private final int limit;
    private JourneyMap current;
    private JourneyMap saved;
    /** Breaks merging, so that e.g. focusing another field starts a new step. */
    private boolean mergeOpen;
    /** Set while a command runs or listeners are told, so that a listener cannot sneak in a nested step. */
    private boolean busy;

    public History(JourneyMap initial) {
        this(initial, DEFAULT_LIMIT);
    }

    /** A history keeping at most {@code limit} undo steps; the oldest are forgotten first. */
    public History(JourneyMap initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.current = Objects.requireNonNull(initial);
        this.saved = initial;
        this.limit = limit;
    }

    public JourneyMap current() {
        return current;
    }

    /**
     * Applies a command. Returns false, recording nothing, when it changed nothing. A recorded step
     * clears redo. A burst of same-key edits that ends where it started leaves no step at all.
     *
     * @throws IllegalStateException when called from inside a command or a history listener
     */
    public boolean execute(Command command) {
        if (busy) {
            throw new IllegalStateException("A command cannot be executed while another one runs: "
                    + command.description());
        }
        JourneyMap after;
        busy = true;
        try {
            after = command.apply(current);
        } finally {
            busy = false;
        }
        if (after.equals(current)) {
            return false;
        }
        Step top = undo.peek();
        Object key = command.mergeKey();
        if (mergeOpen && top != null && key != null && key.equals(top.mergeKey()) && redo.isEmpty()) {
            undo.pop();
            if (after.equals(top.before())) {
                // Typing a word and deleting it again is no change worth an undo step.
                mergeOpen = false;
            } else {
                undo.push(new Step(top.before(), after, command.description(), key));
                mergeOpen = true;
            }
        } else {
            undo.push(new Step(current, after, command.description(), key));
            mergeOpen = true;
            while (undo.size() > limit) {
                undo.removeLast();
            }
            // One step at a time, so that a single low reading never empties the history.
            if (undo.size() > 1 && memoryLow()) {
                undo.removeLast();
            }
        }
        redo.clear();
        current = after;
        fire();
        return true;
    }

    /**
     * Judged by the heap in use after the latest garbage collections, not by the heap in use now, which
     * also counts garbage not yet collected and would make steps vanish on a busy but healthy heap.
     */
    private static boolean memoryLow() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterGc != null) {
                live += afterGc.getUsed();
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        return max - live < max * LOW_MEMORY_SHARE;
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

    /** The name of the step Undo would take back; a text, put into words where it is shown. */
    public Optional<Text> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Step::description);
    }

    /** The name of the step Redo would do again. */
    public Optional<Text> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Step::description);
    }

    public void undo() {
        checkNotBusy();
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
        checkNotBusy();
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
        saved = Objects.requireNonNull(map);
        mergeOpen = false;
        fire();
    }

    /**
     * The map differs from the one last saved (or opened); undoing back to it makes this false again.
     * The created/modified timestamps are ignored: saving stamps them on the written copy only.
     */
    public boolean isDirty() {
        if (current == saved) {
            return false;
        }
        return !current.withTimestamps(null, null).equals(saved.withTimestamps(null, null));
    }

    /**
     * Replaces the whole history with a new map, e.g. after Revert; nothing can be undone past it.
     */
    public void reset(JourneyMap map) {
        checkNotBusy();
        undo.clear();
        redo.clear();
        current = Objects.requireNonNull(map);
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

    private void checkNotBusy() {
        if (busy) {
            throw new IllegalStateException("The history cannot change while a command runs or listeners are told");
        }
    }

    private void fire() {
        boolean wasBusy = busy;
        busy = true;
        try {
            for (Listener l : List.copyOf(listeners)) {
                l.historyChanged(this);
            }
        } finally {
            busy = wasBusy;
        }
    }
}
