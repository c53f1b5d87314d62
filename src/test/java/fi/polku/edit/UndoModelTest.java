package fi.polku.edit;

import fi.polku.io.ReliabilityLog;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;
import fi.polku.model.MapInvariants;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Model-based test of undo/redo: random command sequences over random maps. Undoing everything must give
 * the initial map exactly, redoing everything the final map, every intermediate map must be valid, and
 * after "undo, then a new edit" redo must be unavailable. Count: -Dpolku.undo.sequences (default 10000);
 * replay one failure with -Dpolku.undo.seed=SEED -Dpolku.undo.sequences=1.
 */
class UndoModelTest {
    private static final long DEFAULT_SEED = 0x5EED_2026L;

    @Test
    void undoAndRedoRestoreEveryMapExactly() throws java.io.IOException {
        int sequences = Integer.getInteger("polku.undo.sequences", 10_000);
        long base = Long.getLong("polku.undo.seed", DEFAULT_SEED);
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int commands = 0;
        for (int i = 0; i < sequences; i++) {
            long seed = base + i;
            List<Command> log = new ArrayList<>();
            try {
                commands += runSequence(seed, log);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Undo sequence failed; replay with -Dpolku.undo.seed=" + seed
                        + " -Dpolku.undo.sequences=1\nCommands:\n  "
                        + String.join("\n  ", log.stream().map(c -> c.description() + ": " + c).toList()), e);
            }
        }
        String summary = String.format("Undo model test: %,d sequences, %,d commands, base seed %d, %d ms (%d ms CPU)",
                sequences, commands, base, (System.nanoTime() - start) / 1_000_000,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
        System.out.println(summary);
        ReliabilityLog.record("undo-model", summary);
    }

    private static int runSequence(long seed, List<Command> log) {
        Random rnd = new Random(seed);
        JourneyMap initial = MapGenerator.generate(rnd.nextInt(16), 1 + rnd.nextInt(4), 1 + rnd.nextInt(4),
                rnd.nextLong());
        History history = new History(initial, 10_000);
        RandomCommands random = new RandomCommands(rnd);
        List<JourneyMap> reached = new ArrayList<>();
        reached.add(initial);
        int length = 1 + rnd.nextInt(20);
        for (int k = 0; k < length; k++) {
            JourneyMap before = history.current();
            Command command = random.next(before);
            log.add(command);
            JourneyMap after = command.apply(before);
            boolean changed = !after.equals(before);
            check(changed || after == before, "a command that changes nothing returns the same map");
            List<String> problems = MapInvariants.problems(after);
            check(problems.isEmpty(), "the map stays valid: " + problems);
            check(history.execute(command) == changed, "only a change is recorded");
            check(history.current().equals(after), "the history holds the command's result");
            if (changed) {
                reached.add(after);
            }
            if (rnd.nextBoolean()) {
                history.endMerge(); // focus moved on: the next same-field edit starts a new step
            }
        }
        JourneyMap last = history.current();

        List<JourneyMap> undone = new ArrayList<>();
        while (history.canUndo()) {
            history.undo();
            undone.add(history.current());
            check(reached.contains(history.current()), "undo only visits maps the user saw");
            check(history.isDirty() == !history.current().equals(initial), "dirty means unlike the opened map");
        }
        assertThat(history.current()).isEqualTo(initial);
        assertThat(history.isDirty()).isFalse();

        List<JourneyMap> redone = new ArrayList<>();
        redone.add(initial);
        while (history.canRedo()) {
            history.redo();
            redone.add(history.current());
        }
        assertThat(history.current()).isEqualTo(last);
        Collections.reverse(undone);
        undone.add(last);
        assertThat(redone).as("redo walks back through exactly the maps undo walked").isEqualTo(undone);

        undoThenNewEditClearsRedo(history, random, rnd);
        return length;
    }

    /** A plain check: AssertJ's per-call cost adds up over a million checks. */
    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }

    private static void undoThenNewEditClearsRedo(History history, RandomCommands random, Random rnd) {
        if (!history.canUndo()) {
            return;
        }
        int back = 1 + rnd.nextInt(3);
        for (int i = 0; i < back && history.canUndo(); i++) {
            history.undo();
        }
        assertThat(history.canRedo()).isTrue();
        for (int tries = 0; tries < 50; tries++) {
            if (history.execute(random.next(history.current()))) {
                JourneyMap now = history.current();
                assertThat(history.canRedo()).isFalse();
                history.redo();
                assertThat(history.current()).isSameAs(now);
                return;
            }
        }
    }
}
