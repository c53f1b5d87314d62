package fi.polku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void noArgumentsOpensTheApp() {
        assertThat(Main.opensApp()).isTrue();
    }

    @Test
    void oneExistingJsonFileOpensTheAppOnIt() throws IOException {
        Path map = Files.writeString(dir.resolve("bus.polku.json"), "{}");
        assertThat(Main.opensApp(map.toString())).isTrue();
    }

    @Test
    void bundledSampleOpensTheApp() {
        // What `./polku --sample` passes.
        assertThat(Main.opensApp("assets/samples/store-bus.polku.json")).isTrue();
    }

    @Test
    void commandsMissingFilesAndFoldersGoToTheCommandLine() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("maps.json"));
        Path map = Files.writeString(dir.resolve("bus.polku.json"), "{}");
        assertThat(Main.opensApp("--help")).isFalse();
        assertThat(Main.opensApp("validate")).isFalse();
        assertThat(Main.opensApp(dir.resolve("missing.polku.json").toString())).isFalse();
        assertThat(Main.opensApp(folder.toString())).isFalse();
        assertThat(Main.opensApp("validate", map.toString())).isFalse();
        assertThat(Main.opensApp("bad\0name.json")).isFalse();
    }

    @Test
    void aLoneJsonArgumentThatIsNoFileIsReportedByName() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("maps.json"));
        String missing = dir.resolve("missing.polku.json").toString();
        assertThat(Main.missingMap(missing)).contains("polku: " + missing + ": file not found");
        assertThat(Main.missingMap(folder.toString())).contains("polku: " + folder + ": is a folder, not a map file");
        assertThat(Main.missingMap("assets/samples/store-bus.polku.json")).isEmpty();
        assertThat(Main.missingMap("validate", missing)).isEmpty();
        assertThat(Main.missingMap("--help")).isEmpty();
        assertThat(Main.missingMap("bad\0name.json")).contains("polku: bad\0name.json: file not found");
    }
}
