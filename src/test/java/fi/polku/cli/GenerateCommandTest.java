package fi.polku.cli;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cl = new CommandLine(new GenerateCommand());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return CliRun.runInEnglish(cl, args);
    }

    @Test
    void sameOptionsWriteIdenticalLoadableFiles() throws Exception {
        Path a = dir.resolve("a.polku.json");
        Path b = dir.resolve("b.polku.json");
        assertThat(run("--touchpoints", "200", "--stages", "6", "--lanes", "8", "--seed", "7", "-o", a.toString()))
                .isZero();
        assertThat(run("--touchpoints", "200", "--stages", "6", "--lanes", "8", "--seed", "7", "-o", b.toString()))
                .isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        JourneyMap map = MapFiles.load(a);
        assertThat(map.touchpoints()).hasSize(200);
        assertThat(map.stages()).hasSize(6);
        assertThat(map.lanes()).hasSize(8);
    }

    @Test
    void anotherSeedGivesAnotherMap() throws Exception {
        Path a = dir.resolve("a.polku.json");
        Path b = dir.resolve("b.polku.json");
        run("--touchpoints", "50", "--seed", "1", "-o", a.toString());
        run("--touchpoints", "50", "--seed", "2", "-o", b.toString());
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(b));
    }

    @Test
    void impossibleSizesAreAUsageError() {
        assertThat(run("--touchpoints", "10", "--stages", "0", "-o", dir.resolve("x.json").toString())).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
    }
}
