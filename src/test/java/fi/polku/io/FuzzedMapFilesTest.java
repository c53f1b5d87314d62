package fi.polku.io;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens thousands of broken variants of the bundled samples and generated maps in a JVM with a 512 MiB
 * heap: each must load or be refused with located problems within 2 s; no other exception, no running
 * out of memory. Count: system property {@code polku.fuzz.count}; seed: {@code polku.fuzz.seed}.
 */
class FuzzedMapFilesTest {

    @Test
    void everyBrokenFileLoadsOrIsRefusedWithLocatedProblems() throws Exception {
        int count = Integer.getInteger("polku.fuzz.count", 500);
        long seed = Long.getLong("polku.fuzz.seed", System.nanoTime());
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), FuzzRun.class.getName(), Integer.toString(count),
                Long.toString(seed), "assets/samples")
                .redirectErrorStream(true)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        lines.forEach(System.out::println);
        String summary = lines.isEmpty() ? "" : lines.getLast();
        ReliabilityLog.record("fuzz", summary);
        assertThat(child.exitValue()).as("fuzz child exit code (3 = out of memory); output: %s", lines).isZero();
        assertThat(summary).startsWith("fuzz: ").contains(" 0 failures");
        assertThat(lines).noneMatch(l -> l.startsWith("FAIL"));
    }
}
