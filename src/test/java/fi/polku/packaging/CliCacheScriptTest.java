package fi.polku.packaging;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's AOT cache as a user meets it, through the {@code ./polku} script on a copy of the built
 * jar: the cache that packaging/cli-cache.sh makes (the build's step) is the one a command starts from, and
 * a stale or a broken cache is passed over quietly, the command still working and no JVM warning reaching
 * the terminal. Skipped where no jar has been built (a plain {@code mvn test}).
 */
class CliCacheScriptTest {
    private static final Path JAR = Path.of(System.getProperty("polku.jar", "target/polku.jar"));

    @TempDir
    static Path root;

    @BeforeAll
    static void copiesTheBuiltJarBesideTheScript() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(JAR) && Files.isDirectory(JAR.resolveSibling("lib")),
                "no built jar at " + JAR + ": mvn package first");
        Path target = Files.createDirectories(root.resolve("target"));
        Files.copy(JAR, target.resolve("polku.jar"));
        Files.createSymbolicLink(target.resolve("lib"), JAR.resolveSibling("lib").toAbsolutePath());
        // Without src/, assets/ or pom.xml beside it the script sees nothing newer than the jar: no rebuild.
        Files.copy(Path.of("polku"), root.resolve("polku"));
    }

    @Test
    void aCommandStartsFromTheCacheTheBuildMadeAndPassesOverAStaleOrBrokenOne() throws Exception {
        Run made = run(List.of("bash", Path.of("packaging/cli-cache.sh").toString(), root.resolve("target").toString()),
                null);
        assertThat(made.exit()).as(made.output()).isZero();
        Path cache;
        try (Stream<Path> files = Files.list(root.resolve("target"))) {
            cache = files.filter(p -> p.getFileName().toString().matches("polku-cli-\\d+\\.aot")).findFirst()
                    .orElseThrow(() -> new AssertionError("no cache made: " + made.output()));
        }

        Run cached = version();
        assertThat(cached.exit()).as(cached.output()).isZero();
        assertThat(cached.output()).startsWith("polku ");
        assertThat(cached.classesFromCache()).as("Polku's classes read from the cache").isPositive();

        // A jar built after the cache: the cache no longer counts.
        Files.setLastModifiedTime(cache, FileTime.from(Instant.now().minusSeconds(3600)));
        Run stale = version();
        assertThat(stale.exit()).as(stale.output()).isZero();
        assertThat(stale.classesFromCache()).isZero();
        assertThat(stale.output()).isEqualTo(cached.output());

        // A cache that is not one at all (a cut-off copy): the JVM starts without it, saying nothing.
        Files.write(cache, "not an AOT cache".getBytes(StandardCharsets.US_ASCII));
        Files.setLastModifiedTime(cache, FileTime.from(Instant.now().plusSeconds(60)));
        Run broken = version();
        assertThat(broken.exit()).as(broken.output()).isZero();
        assertThat(broken.output()).isEqualTo(cached.output());
        assertThat(broken.classesFromCache()).isZero();
    }

    private Run version() throws Exception {
        Path log = root.resolve("classes.log");
        Files.deleteIfExists(log);
        return run(List.of("bash", root.resolve("polku").toString(), "--version"), log);
    }

    /** Runs with JAVA_HOME at this JVM's JDK; with {@code classLog}, every JVM logs its classes there. */
    private static Run run(List<String> command, Path classLog) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        if (classLog != null) {
            // The last JVM the script starts is the command's, and it writes the log last.
            builder.environment().put("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + classLog);
        }
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        List<String> lines = new ArrayList<>(output.lines().toList());
        // The java launcher announces JDK_JAVA_OPTIONS; that line is the test's, not the script's.
        lines.removeIf(l -> l.startsWith("NOTE: Picked up JDK_JAVA_OPTIONS"));
        long fromCache = classLog == null || !Files.exists(classLog) ? 0 : Files.readAllLines(classLog).stream()
                .filter(l -> l.contains(" fi.polku.") && l.contains("shared objects file")).count();
        return new Run(p.exitValue(), String.join("\n", lines), fromCache);
    }

    private record Run(int exit, String output, long classesFromCache) {
    }
}
