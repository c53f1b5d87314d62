package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.io.ReliabilityLog;
import fi.polku.model.JourneyMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the real app with SIGKILL while it is being edited, starts it again on the same home folder, answers
 * Recover in the question it asks and checks the recovered map: it must be exactly the map after some edit
 * K (never a half-applied state), the original file must be untouched, and no edit made more than one
 * autosave interval before the kill may be lost. Trials: {@code polku.recover.trials}; autosave interval in
 * seconds: {@code polku.recover.autosaveSeconds} (normal builds shorten it, the bench profile uses the real 30).
 */
class KillDuringEditingTest {
    /**
     * Beyond the interval: the recovery copy being written when the kill lands, and the timer firing late on
     * a busy machine, can each add a fraction of a second to what is lost.
     */
    private static final double SLACK_SECONDS = 1.0;
    private static final long STARTUP_MILLIS = 120_000;
    private static final String SAMPLE = "/assets/samples/store-bus.polku.json";

    /** What one trial measured. */
    private record Trial(int edits, int recovered, double secondsLost) {
    }

    @Test
    void atMostOneAutosaveIntervalOfEditsIsLostAfterAKill(@TempDir Path dir) throws Exception {
        int trials = Integer.getInteger("polku.recover.trials", 1);
        double interval = Double.parseDouble(System.getProperty("polku.recover.autosaveSeconds", "3"));
        long seed = Long.getLong("polku.recover.seed", System.nanoTime());
        Random random = new Random(seed);
        List<Trial> done = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < trials; trial++) {
            try {
                done.add(trial(dir.resolve("trial-" + trial), interval, random));
            } catch (AssertionError e) {
                failures.add("trial " + trial + ": " + e.getMessage());
            }
        }
        String summary = String.format(Locale.ROOT, "kill-during-editing: %d trials killing the app while "
                        + "editing, autosave every %s s, %d failures; edits made %s, edits recovered %s, seconds of "
                        + "edits lost %s (allowed %s s; seed %d)", trials, fmt(interval), failures.size(),
                done.stream().map(Trial::edits).toList(), done.stream().map(Trial::recovered).toList(),
                done.stream().map(t -> fmt(t.secondsLost())).toList(), fmt(interval + SLACK_SECONDS), seed);
        System.out.println(summary);
        ReliabilityLog.record("kill-during-editing", summary);
        failures.forEach(System.out::println);
        assertThat(failures).isEmpty();
        assertThat(done).hasSize(trials);
    }

    private Trial trial(Path dir, double interval, Random random) throws Exception {
        Path file = dir.resolve("maps").resolve("store-bus.polku.json");
        Files.createDirectories(file.getParent());
        try (InputStream in = KillDuringEditingTest.class.getResourceAsStream(SAMPLE)) {
            Files.copy(in, file);
        }
        byte[] original = Files.readAllBytes(file);
        Path edits = dir.resolve("edits");
        TreeMap<Integer, Long> editTimes = new TreeMap<>();
        long killMillis;
        try (ChildApp app = ChildApp.start(dir, "edit", file, edits, interval)) {
            app.await("ready ", STARTUP_MILLIS);
            // Kill between one and two and a half intervals after the first edit: after at least one autosave.
            long killAt = Long.MAX_VALUE;
            while (System.currentTimeMillis() < killAt) {
                long wait = killAt == Long.MAX_VALUE ? 30_000 : killAt - System.currentTimeMillis();
                String line = app.poll(wait);
                if (line == null) {
                    assertThat(app.ended() || editTimes.isEmpty()).as("the app stopped editing; %s",
                            app.stderrTail()).isFalse();
                    continue;
                }
                record(line, editTimes, app);
                if (killAt == Long.MAX_VALUE && !editTimes.isEmpty()) {
                    killAt = editTimes.firstEntry().getValue()
                            + (long) ((interval * (1 + 1.5 * random.nextDouble()) + SLACK_SECONDS) * 1000);
                }
            }
            killMillis = System.currentTimeMillis();
            for (String line : app.kill()) {
                record(line, editTimes, app);
            }
        }
        assertThat(Files.readAllBytes(file)).as("the original file after the kill").isEqualTo(original);
        List<RecoveryStore.Entry> entries = new RecoveryStore(dir.resolve("home").resolve("recovery")).list();
        assertThat(entries).as("recovery copies left by the killed app").hasSize(1);
        RecoveryStore.Entry entry = entries.getFirst();

        String offered;
        String recoveredState;
        try (ChildApp app = ChildApp.start(dir, "recover", file, dir.resolve("recovered"), interval)) {
            offered = new String(Base64.getDecoder().decode(app.await("offered ", STARTUP_MILLIS)),
                    StandardCharsets.UTF_8);
            recoveredState = app.await("recovered ", 60_000);
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.getDefault())
                .withZone(ZoneId.systemDefault()).format(entry.savedAt());
        assertThat(offered).as("the recovery question").contains(entry.title()).contains(when)
                .contains(file.toString());
        assertThat(entry.savedAt()).isBetween(Instant.ofEpochMilli(editTimes.firstEntry().getValue()),
                Instant.ofEpochMilli(killMillis));
        assertThat(recoveredState).as("the window after Recover").contains("dirty=true")
                .contains("file=" + file + "\t").contains("title=\u2022 ");
        assertThat(Files.readAllBytes(file)).as("the original file after recovering").isEqualTo(original);

        JourneyMap recovered = MapFiles.load(dir.resolve("recovered").resolve("recovered.polku.json"));
        int last = editTimes.lastKey();
        int k = -1;
        for (int i = last; i >= 0 && k < 0; i--) {
            if (MapFiles.load(edits.resolve("edit-" + i + ".polku.json")).equals(recovered)) {
                k = i;
            }
        }
        assertThat(k).as("the recovered map is the map after some edit (of %d)", last).isGreaterThan(0);
        double lost = k == last ? 0 : (killMillis - editTimes.get(k + 1)) / 1000.0;
        System.out.printf(Locale.ROOT, "kill-during-editing trial: %d edits, killed %.1f s after the first, "
                        + "recovered edit %d saved at %s, %.1f s of edits lost%n", last,
                (killMillis - editTimes.firstEntry().getValue()) / 1000.0, k, entry.savedAt(), lost);
        assertThat(lost).as("seconds of edits lost (edits %d..%d)", k + 1, last)
                .isLessThanOrEqualTo(interval + SLACK_SECONDS);
        return new Trial(last, k, lost);
    }

    /** Notes "edit K MILLIS" lines; a "failed" line from the driver fails the trial. */
    private static void record(String line, TreeMap<Integer, Long> editTimes, ChildApp app) {
        if (line.startsWith("failed")) {
            throw new AssertionError(line + "; " + app.stderrTail());
        }
        if (line.startsWith("edit ")) {
            String[] parts = line.split(" ");
            editTimes.put(Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
        }
    }

    private static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }
}
