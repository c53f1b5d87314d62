package fi.polku.edit;

import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

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
    /** No count limit by default: undo is bounded by memory alone (see {@link #defaultMemoryBudget()}). */
    public static final int DEFAULT_LIMIT = Integer.MAX_VALUE;
    /** The share of the maximum heap that the undo and redo steps of one map may take. */
    private static final double MEMORY_SHARE = 0.25;
    /** A step's own record, its description and the few objects an edit makes anew, estimated. */
    private static final long STEP_BYTES = 1024;
    /**
     * What a step costs per card when it changes the touchpoint list: the list's card references and its
     * id and cell hashes, 4 bytes each ({@code TouchpointList}); the unchanged cards are shared.
     */
    private static final long BYTES_PER_CARD = 12;

    /** A recorded step. */
    private record Step(JourneyMap before, JourneyMap after, Text description, Object mergeKey) {
        /**
         * An estimate from the map's shape, not a heap reading: the collector's figures count garbage not yet
         * collected (G1 reports its old generation's regions before their mixed collections), so a busy but
         * healthy heap looked full and made steps vanish at random.
         */
        long bytes() {
            return STEP_BYTES + (before.touchpoints() == after.touchpoints() ? 0
                    : BYTES_PER_CARD * Math.max(before.touchpoints().size(), after.touchpoints().size()));
        }
    }

    /** Notified after every change of the current map, undo/redo availability or saved state. */
    public interface Listener {
        void historyChanged(History history);
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new ArrayList<>();
    private final int limit;
    private final long memoryBudget;
    /** The estimated bytes of all undo and redo steps. */
    private long stepBytes;
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
        this(initial, limit, defaultMemoryBudget());
    }

    /**
     * A history keeping at most {@code limit} undo steps, and forgetting the oldest ones while its steps are
     * estimated at more than {@code memoryBudget} bytes; the newest step is always kept.
     */
    public History(JourneyMap initial, int limit, long memoryBudget) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (memoryBudget < 1) {
            throw new IllegalArgumentException("memory budget must be positive: " + memoryBudget);
        }
        this.current = Objects.requireNonNull(initial);
        this.saved = initial;
        this.limit = limit;
        this.memoryBudget = memoryBudget;
    }

    /**
     * A quarter of the maximum heap: thousands of steps of a 20,000-card map (about 240 kB each) on any
     * desktop, and in effect no limit on a map of a few hundred cards.
     */
    public static long defaultMemoryBudget() {
        return (long) (Runtime.getRuntime().maxMemory() * MEMORY_SHARE);
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
            pop(undo);
            if (after.equals(top.before())) {
                // Typing a word and deleting it again is no change worth an undo step.
                mergeOpen = false;
            } else {
                push(undo, new Step(top.before(), after, command.description(), key));
                mergeOpen = true;
            }
        } else {
            push(undo, new Step(current, after, command.description(), key));
            mergeOpen = true;
        }
        while (!redo.isEmpty()) {
            pop(redo);
        }
        while (undo.size() > limit || (undo.size() > 1 && stepBytes > memoryBudget)) {
            stepBytes -= undo.removeLast().bytes();
        }
        current = after;
        fire();
        return true;
    }

    private void push(Deque<Step> steps, Step step) {
        steps.push(step);
        stepBytes += step.bytes();
    }

    private void pop(Deque<Step> steps) {
        stepBytes -= steps.pop().bytes();
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
        redo.push(step); // moved between the stacks: the steps' bytes stay as they were
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
        stepBytes = 0;
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
