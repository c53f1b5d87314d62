package fi.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.io.MapFileException;
import fi.polku.io.Problem;
import fi.polku.text.Text;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class PolkuCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A stand-in subcommand that fails the way a real one might. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final Exception failure;

        Boom(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    private int run(Exception failure, String... args) {
        CommandLine cl = PolkuCommand.commandLine();
        if (failure != null) {
            cl.addSubcommand(new Boom(failure));
        }
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return CliRun.runInEnglish(cl, args);
    }

    @Test
    void versionComesFromTheManifestOrSaysDev() {
        assertThat(run(null, "--version")).isZero();
        // Tests run from target/classes, which has no manifest.
        assertThat(out.toString().strip()).isEqualTo("polku dev");
    }

    @Test
    void helpListsTheGlobalOptionsAndCommands() {
        assertThat(run(null, "--help")).isZero();
        assertThat(out.toString()).contains("Usage: polku", "--debug", "--version", "help");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2() {
        assertThat(run(null, "--frobnicate")).isEqualTo(PolkuCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'", "Usage: polku");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run(null, "frobnicate", "map.polku.json")).isEqualTo(2);
        assertThat(err.toString()).contains("frobnicate");
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        assertThat(run(null, "--debug")).isEqualTo(2);
        assertThat(err.toString()).startsWith("polku: missing command").contains("Usage: polku");
    }

    @Test
    void anUnexpectedFailureIsOneLineWithoutAStackTrace() {
        assertThat(run(new IllegalStateException("layout lost a lane"), "boom")).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "polku: internal error: layout lost a lane (run again with --debug for details)");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void debugAddsTheStackTraceWhereverTheOptionIsGiven() {
        assertThat(run(new IllegalStateException("layout lost a lane"), "boom", "--debug")).isEqualTo(1);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("polku: internal error: layout lost a lane");
        String thisTest = "PolkuCommandTest.debugAddsTheStackTraceWhereverTheOptionIsGiven";
        assertThat(lines).anyMatch(l -> l.startsWith("\tat ") && l.contains(thisTest));
    }

    @Test
    void aMissingFileNamesTheFile() {
        assertThat(run(new NoSuchFileException("maps/bus.polku.json"), "boom")).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly("polku: file not found: maps/bus.polku.json");
    }

    @Test
    void mapFileProblemsAreListedOnePerLineWithTheirLocation() {
        Text kassa = Text.of("io.label.named", Text.of("io.item.touchpoint"), "Kassa");
        MapFileException broken = new MapFileException(List.of(
                new Problem("bus.polku.json", 14, 7, "", Text.of("io.rule.noStage", kassa, "s9")),
                new Problem("bus.polku.json", 0, 0, "$.touchpoints[3].importance",
                        Text.of("io.rule.outside", kassa, Text.of("io.value.importance"), 7.0, 1.0, 5.0))));
        assertThat(run(broken, "boom")).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "bus.polku.json:14:7: touchpoint \"Kassa\" refers to stage \"s9\", which does not exist",
                "bus.polku.json: touchpoint \"Kassa\": importance 7 is outside 1–5 at $.touchpoints[3].importance");
    }
}
