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

    @Test
    void theJarKnowsSampleAndOpensStoreBusWhenNoneIsNamed() {
        assertThat(Main.asksForSample("--sample")).isTrue();
        assertThat(Main.asksForSample("--sample", "car-dealership")).isTrue();
        assertThat(Main.asksForSample("validate", "--sample")).isFalse();
        assertThat(Main.sample("--sample").value()).isEqualTo("store-bus");
        assertThat(Main.sample("--sample", "car-dealership").value()).isEqualTo("car-dealership");
        assertThat(Main.sample("--sample", "billing-complaint.polku.json").value()).isEqualTo("billing-complaint");
    }

    @Test
    void anUnknownSampleListsTheSamplesInTheUsersLanguage() {
        Main.Result<String> english = Main.sample("--sample", "nope");
        assertThat(english.value()).isNull();
        assertThat(english.problem()).isEqualTo("polku: there is no sample called \"nope\"; the samples are: "
                + "billing-complaint car-dealership store-bus");
        java.util.Locale before = fi.polku.text.Localization.ui();
        try {
            fi.polku.text.Localization.setUi(fi.polku.text.Localization.FINNISH);
            assertThat(Main.sample("--sample", "nope").problem())
                    .isEqualTo("polku: esimerkkiä \"nope\" ei ole; esimerkit: billing-complaint car-dealership store-bus");
            assertThat(Main.sample("--sample", "a", "b").problem()).startsWith("käyttö: polku --sample [NIMI]");
        } finally {
            fi.polku.text.Localization.setUi(before);
        }
    }
}
