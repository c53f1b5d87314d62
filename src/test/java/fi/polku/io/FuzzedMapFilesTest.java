package fi.polku.io;

import org.junit.jupiter.api.Test;

import fi.polku.testing.ChildJvm;

import java.util.List;

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
        ChildJvm.Output child = ChildJvm.run(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"),
                FuzzRun.class, Integer.toString(count), Long.toString(seed), "assets/samples");
        child.lines().forEach(System.out::println);
        String summary = child.lastLine();
        ReliabilityLog.record("fuzz", summary);
        assertThat(child.exitCode()).as("fuzz child exit code (3 = out of memory); output: %s", child.lines())
                .isZero();
        assertThat(summary).startsWith("fuzz: ").contains(" 0 failures");
        assertThat(child.lines()).noneMatch(l -> l.startsWith("FAIL"));
    }
}
