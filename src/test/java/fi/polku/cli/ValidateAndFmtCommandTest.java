package fi.polku.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user or a CI script sees from {@code polku validate} and {@code polku fmt}: lines and exit codes. */
class ValidateAndFmtCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return CliRun.runInEnglish(cli, args);
    }

    @Test
    void validateReportsOkForValidFilesAndExitsZero() throws IOException {
        Path a = copy("maps/store-bus.polku.json", "a.polku.json");
        Path b = copy("maps/store-bus-v1.polku.json", "b.polku.json");
        assertThat(run(new ValidateCommand(), a.toString(), b.toString())).isZero();
        assertThat(out.toString()).isEqualTo("OK " + a + "\n" + "OK " + b + "\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void validatePrintsEveryProblemAndExitsOneWhenAnyFileIsInvalid() throws IOException {
        Path good = copy("maps/store-bus.polku.json", "good.polku.json");
        Path bad = copy("broken/dangling-references.polku.json", "bad.polku.json");
        assertThat(run(new ValidateCommand(), good.toString(), bad.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("OK " + good + "\n");
        List<String> lines = err.toString().lines().toList();
        assertThat(lines.subList(0, 6)).allMatch(l -> l.startsWith(bad + ":"))
                .contains(bad + ":15:7: touchpoint \"Checkout\" refers to stage \"s9\", which does not exist");
        // Values only, so the last line says how to get a mended copy.
        assertThat(lines).hasSize(7).last().isEqualTo("these values can be mended: polku validate --repair -o "
                + "MENDED.polku.json " + bad);
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        assertThat(run(new ValidateCommand())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter");
    }

    @Test
    void fmtRewritesCanonicallyAndIsIdempotent() throws IOException {
        Path file = copy("maps/store-bus-v1.polku.json", "bus.polku.json");
        assertThat(run(new FmtCommand(), file.toString())).isZero();
        byte[] first = Files.readAllBytes(file);
        assertThat(first).isEqualTo(resource("maps/store-bus.polku.json"));
        assertThat(run(new FmtCommand(), file.toString())).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(out.toString()).isEqualTo("formatted " + file + "\nunchanged " + file + "\n");
        assertThat(listing()).containsExactly("bus.polku.json");
    }

    @Test
    void fmtBackupOptionKeepsTheOriginal() throws IOException {
        Path file = copy("maps/store-bus-v1.polku.json", "bus.polku.json");
        assertThat(run(new FmtCommand(), "--backup", file.toString())).isZero();
        assertThat(Files.readAllBytes(dir.resolve("bus.polku.json.bak")))
                .isEqualTo(resource("maps/store-bus-v1.polku.json"));
    }

    @Test
    void fmtCheckReportsWithoutWriting() throws IOException {
        Path file = copy("maps/store-bus-v1.polku.json", "bus.polku.json");
        assertThat(run(new FmtCommand(), "--check", file.toString())).isEqualTo(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(resource("maps/store-bus-v1.polku.json"));
        assertThat(err.toString()).isEqualTo(file + ": not in canonical form; run polku fmt " + file + "\n");
    }

    @Test
    void fmtLeavesABrokenFileUntouchedAndExitsOne() throws IOException {
        Path file = copy("broken/unknown-field.polku.json", "broken.polku.json");
        byte[] before = Files.readAllBytes(file);
        assertThat(run(new FmtCommand(), file.toString())).isEqualTo(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(err.toString()).isEqualTo(file + ":13:7: touchpoint \"Checkout\": unknown field \"colour\"\n"
                + file + ":15:3: unknown field \"theme\"\n");
    }

    private Path copy(String resource, String name) throws IOException {
        Path target = dir.resolve(name);
        Files.write(target, resource(resource));
        return target;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ValidateAndFmtCommandTest.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        }
    }

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void repairWritesTheMendedMapAndListsWhatWasMended() throws IOException {
        Path broken = copy("broken/out-of-range.polku.json", "range.polku.json");
        byte[] before = Files.readAllBytes(broken);
        Path mended = dir.resolve("mended.polku.json");
        assertThat(run(new ValidateCommand(), "--repair", "-o", mended.toString(), broken.toString())).isZero();
        assertThat(out.toString()).contains("mended " + broken + ":17:7: touchpoint \"Checkout\": importance 7 is "
                + "outside 1–5").contains("wrote " + mended + ": ");
        assertThat(Files.readAllBytes(broken)).isEqualTo(before);
        StringWriter again = new StringWriter();
        CommandLine cli = new CommandLine(new ValidateCommand());
        cli.setOut(new PrintWriter(again));
        assertThat(CliRun.runInEnglish(cli, mended.toString())).isZero();
    }

    @Test
    void repairRefusesStructuralDamageWithExitOne() throws IOException {
        Path broken = copy("broken/truncated.polku.json", "cut.polku.json");
        Path mended = dir.resolve("mended.polku.json");
        assertThat(run(new ValidateCommand(), "--repair", "-o", mended.toString(), broken.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(broken + ":58:11:").contains("cannot be mended");
        assertThat(mended).doesNotExist();
    }

    @Test
    void repairNeedsAnOutputFile() throws IOException {
        Path broken = copy("broken/out-of-range.polku.json", "range.polku.json");
        assertThat(run(new ValidateCommand(), "--repair", broken.toString())).isEqualTo(2);
    }
}
