package fi.polku.io;

import fi.polku.model.JourneyMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a process with SIGKILL while it saves, at random moments, over and over. After every kill the
 * file (and its backup) must load and be exactly one of the two maps being saved, never a mix or a
 * truncated file. Trial count: system property {@code polku.kill.trials}; map size:
 * {@code polku.kill.touchpoints} (see {@link SaveLoop#generatedTouchpoints()}).
 */
class KillDuringSaveTest {

    @Test
    void fileIsAlwaysTheOldOrTheNewMapAfterAKill(@TempDir Path dir) throws Exception {
        int trials = Integer.getInteger("polku.kill.trials", 20);
        int touchpoints = SaveLoop.generatedTouchpoints();
        JourneyMap a = SaveLoop.mapA();
        JourneyMap b = SaveLoop.mapB();
        // A file byte-for-byte equal to a map's canonical bytes is that map once these bytes load back to it,
        // which spares the XL run two full loads per trial.
        byte[] bytesA = MapCodec.write(a);
        byte[] bytesB = MapCodec.write(b);
        assertThat(MapCodec.read(bytesA, "a")).isEqualTo(a);
        assertThat(MapCodec.read(bytesB, "b")).isEqualTo(b);
        Path file = dir.resolve("kill.polku.json");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Random random = new Random(Long.getLong("polku.kill.seed", System.nanoTime()));
        List<String> failures = new ArrayList<>();
        int sawA = 0;
        int sawB = 0;
        for (int trial = 0; trial < trials; trial++) {
            Process child = new ProcessBuilder(java, touchpoints > 0 ? "-Xmx1g" : "-Xmx256m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Dpolku.kill.touchpoints=" + touchpoints, "-cp",
                    System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString())
                    .redirectError(dir.resolve("child-err.txt").toFile())
                    .start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line = out.readLine();
                assertThat(line).as("child said ready; stderr: %s", Files.readString(dir.resolve("child-err.txt")))
                        .startsWith("ready ");
                int saveMillis = Integer.parseInt(line.substring("ready ".length()));
                Thread.sleep(random.nextInt(Math.max(150, 2 * saveMillis)));
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            for (Path p : List.of(file, dir.resolve("kill.polku.json.bak"))) {
                if (!Files.exists(p)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(p);
                if (Arrays.equals(bytes, bytesA)) {
                    sawA++;
                    continue;
                }
                if (Arrays.equals(bytes, bytesB)) {
                    sawB++;
                    continue;
                }
                try {
                    JourneyMap found = MapFiles.load(p);
                    if (found.equals(a)) {
                        sawA++;
                    } else if (found.equals(b)) {
                        sawB++;
                    } else {
                        failures.add("trial " + trial + ": " + p.getFileName() + " is neither map");
                    }
                } catch (MapFileException e) {
                    failures.add("trial " + trial + ": " + e.getMessage());
                }
            }
        }
        long leftovers;
        try (Stream<Path> files = Files.list(dir)) {
            leftovers = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
        String summary = String.format("kill-during-save: %d trials with maps of %s touchpoints, %d failures, "
                + "file/backup seen as map A %d and B %d times, %d temporary files left by killed saves", trials,
                touchpoints > 0 ? touchpoints + " and " + (touchpoints + touchpoints / 4) : "800 and 1200",
                failures.size(), sawA, sawB, leftovers);
        System.out.println(summary);
        ReliabilityLog.record("kill-during-save", summary);
        failures.forEach(System.out::println);
        assertThat(failures).isEmpty();
        assertThat(sawA + sawB).isGreaterThanOrEqualTo(trials);
    }
}
