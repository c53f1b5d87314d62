package fi.polku.cli;

import fi.polku.io.MapFiles;
import fi.polku.io.sheet.TouchpointSheetFixtures;
import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NewCommandTest {
    @TempDir
    Path dir;

    private Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aSpreadsheetBecomesAMapFile() throws Exception {
        Path sheet = csv("store.csv", TouchpointSheetFixtures.STORE_CSV);
        Path out = dir.resolve("store.polku.json");
        CliRun run = new CliRun();

        int code = run.run("new", "--from", sheet.toString(), "-o", out.toString(), "--title", "Store visit");

        assertThat(code).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("wrote " + out + ": 8 touchpoints, 4 stages, 9 lanes");
        JourneyMap map = MapFiles.load(out);
        assertThat(map.title()).isEqualTo("Store visit");
        assertThat(map.stages().stream().map(Stage::name).toList()).containsExactly("Discover", "Plan", "Visit", "After");
        assertThat(map.touchpoints()).hasSize(8);
    }

    @Test
    void columnsAreNamedByFieldInEitherLanguage() throws Exception {
        Path sheet = csv("workshop.csv", "Phase,Where,What happens,Owner\nArrive,Car park,Finds a parking space,Anna\n");
        Path out = dir.resolve("w.polku.json");
        CliRun run = new CliRun();

        int code = run.run("new", "--from", sheet.toString(), "-o", out.toString(), "--column", "kanava=Where",
                "--column", "title=C", "--column", "owner=");

        assertThat(code).as(run.err()).isZero();
        assertThat(MapFiles.load(out).touchpoints().getFirst().title()).isEqualTo("Finds a parking space");
        assertThat(MapFiles.load(out).touchpoints().getFirst().owner()).isEmpty();
        assertThat(new CliRun().run("new", "--from", sheet.toString(), "-o", out.toString(), "--column", "colour=B"))
                .isEqualTo(PolkuCommand.EXIT_USAGE);
    }

    @Test
    void rowErrorsAreListedInTheUsersLanguageAndNothingIsWritten() throws Exception {
        Path sheet = csv("errors.csv", """
                Vaihe;Kanava;Kosketuspiste;Tärkeys;Tunne
                Ennen;Verkkosivut;Löytää sivun;6;0
                ;Puhelin;;3;
                """);
        Path out = dir.resolve("errors.polku.json");
        CliRun english = new CliRun();

        assertThat(english.run("new", "--from", sheet.toString(), "-o", out.toString()))
                .isEqualTo(PolkuCommand.EXIT_FAILURE);
        assertThat(english.err()).isEqualTo(String.join(System.lineSeparator(),
                "errors.csv, row 2, column D \"Tärkeys\": importance 6 is outside 1–5",
                "errors.csv, row 3, column C \"Kosketuspiste\": no title; every touchpoint needs one",
                out + ": not written: 2 problems in errors.csv", ""));
        assertThat(english.out()).isEmpty();
        assertThat(out).doesNotExist();

        CliRun finnish = new CliRun(Map.of("LANG", "fi_FI.UTF-8"));
        assertThat(finnish.run("new", "--from", sheet.toString(), "-o", out.toString()))
                .isEqualTo(PolkuCommand.EXIT_FAILURE);
        assertThat(finnish.err()).contains("errors.csv, rivi 2, sarake D ”Tärkeys”: tärkeys 6 ei ole välillä 1–5")
                .contains(out + ": ei kirjoitettu: tiedostossa errors.csv on 2 ongelmaa");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingOrForeignFileIsOneLineAndExitOne() throws Exception {
        Path out = dir.resolve("x.polku.json");
        CliRun missing = new CliRun();
        assertThat(missing.run("new", "--from", dir.resolve("nowhere.csv").toString(), "-o", out.toString()))
                .isEqualTo(PolkuCommand.EXIT_FAILURE);
        assertThat(missing.err().strip()).isEqualTo(dir.resolve("nowhere.csv") + ": no such file");

        Path pdf = csv("map.pdf", "%PDF");
        CliRun foreign = new CliRun();
        assertThat(foreign.run("--lang", "fi", "new", "--from", pdf.toString(), "-o", out.toString()))
                .isEqualTo(PolkuCommand.EXIT_FAILURE);
        assertThat(foreign.err().strip())
                .isEqualTo("map.pdf: tuntematon taulukkotiedoston tyyppi; käytä .csv- tai .xlsx-tiedostoa");
        assertThat(out).doesNotExist();
    }

    @Test
    void helpIsInBothLanguages() {
        CliRun english = new CliRun();
        assertThat(english.run("new", "--help")).isZero();
        assertThat(english.out()).contains("Start a map from a spreadsheet of touchpoints").contains("--from=FILE");
        CliRun finnish = new CliRun();
        assertThat(finnish.run("--lang", "fi", "new", "--help")).isZero();
        assertThat(finnish.out()).contains("Aloita kartta kosketuspisteiden taulukosta").contains("--from=TIEDOSTO")
                .contains("--title=TEKSTI");
    }
}
