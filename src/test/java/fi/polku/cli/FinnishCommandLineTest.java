package fi.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.Main;
import fi.polku.testing.ChildJvm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in Finnish: help, messages and numbers follow the language; JSON never does. */
class FinnishCommandLineTest {
    private static final Map<String, String> FINNISH = Map.of("LANG", "fi_FI.UTF-8");
    private static final Path STORE_BUS = CliRun.SAMPLES.resolve("store-bus.polku.json");

    @TempDir
    Path dir;

    @Test
    void helpUnderAFinnishLangIsFinnish() {
        CliRun cli = new CliRun(FINNISH);
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).startsWith("Käyttö: polku [-hV] [--debug] [--lang=fi|en] [KOMENTO]")
                .contains("Komennot:", "Tarkista karttatiedostot.", "Näytä tämä ohje ja lopeta.",
                        "Näytä komennon ohje.", "Komennon valitsimet näkee komennolla 'polku help KOMENTO'.")
                .doesNotContain("Usage", "Commands", "Show this help", "Display help");
    }

    @Test
    void helpOfOneCommandIsFinnishDownToTheLabels() {
        CliRun cli = new CliRun(FINNISH);
        assertThat(cli.run("help", "validate")).isZero();
        assertThat(cli.out()).startsWith("Käyttö: polku validate")
                .contains("TIEDOSTO...", "Tarkistettavat karttatiedostot (*.polku.json).", "--json",
                        "Ohjeiden ja viestien kieli: fi tai en")
                .doesNotContain("FILE", "Usage", "Map files");
        CliRun export = new CliRun(FINNISH);
        assertThat(export.run("export", "--help")).isZero();
        // ${DEFAULT-VALUE} is still filled in from the bundle text.
        assertThat(export.out()).contains("--format=MUOTO", "-o, --output=KOHDE", "(oletus 1)", "KARTTA...");
    }

    @Test
    void langOptionBeatsTheEnvironment() {
        CliRun english = new CliRun(FINNISH);
        assertThat(english.run("--lang", "en", "--help")).isZero();
        assertThat(english.out()).startsWith("Usage: polku").contains("Commands:");
        CliRun finnish = new CliRun();
        assertThat(finnish.run("help", "fmt", "--lang=fi")).isZero();
        assertThat(finnish.out()).startsWith("Käyttö: polku fmt");
    }

    @Test
    void usageErrorsAreFinnish() {
        CliRun unknown = new CliRun(FINNISH);
        assertThat(unknown.run("--frobnicate")).isEqualTo(PolkuCommand.EXIT_USAGE);
        assertThat(unknown.err()).startsWith("Tuntematon valitsin: '--frobnicate'").contains("Käyttö: polku");
        CliRun missing = new CliRun(FINNISH);
        assertThat(missing.run("validate")).isEqualTo(PolkuCommand.EXIT_USAGE);
        assertThat(missing.err()).startsWith("Pakollinen argumentti puuttuu: TIEDOSTO");
        CliRun format = new CliRun(FINNISH);
        assertThat(format.run("export", "x.polku.json", "--format", "gif", "-o", "x")).isEqualTo(2);
        assertThat(format.err()).startsWith(
                "--format: virheellinen arvo: 'gif' ei ole tiedostomuoto; käytä png, svg, pdf, csv tai xlsx");
        CliRun language = new CliRun(FINNISH);
        assertThat(language.run("--lang", "sv", "--help")).isEqualTo(2);
        assertThat(language.err()).startsWith("--lang: virheellinen arvo: 'sv' ei ole Polun kieli; käytä fi tai en");
        CliRun none = new CliRun(FINNISH);
        assertThat(none.run()).isEqualTo(2);
        assertThat(none.err()).startsWith("polku: komento puuttuu");
    }

    @Test
    void numbersInTablesAreWrittenTheFinnishWay() throws IOException {
        CliRun analyze = new CliRun(FINNISH);
        assertThat(analyze.run("analyze", STORE_BUS.toString(), "--metric", "csat")).isZero();
        assertThat(analyze.out()).contains("Kosketuspiste", "Tärkeys", "Vaje", "Prioriteetti", "Priorisointi:",
                "1. Aikataulu verkkosivuilla: CSAT 78,2 %, tavoite 85 %, vaje 6,8 %-yksikköä; tärkeys 4 × vaje 6,8 = 27,2",
                "Polun kokonaistulos: 77,2 (4 kosketuspistettä)");
        CliRun metrics = new CliRun(FINNISH);
        assertThat(metrics.run("metrics", survey().toString())).isZero();
        List<String> lines = metrics.out().lines().toList();
        assertThat(lines.getFirst()).startsWith("Kosketuspiste").contains("Mittari", "95 %:n luottamusväli");
        // 1 204 answers, NPS 10,0: a no-break space groups thousands and a comma marks the decimals.
        assertThat(lines.get(1)).startsWith("Kassa")
                .contains("1\u00a0204", "10,0", "suosittelijat 422, passiiviset 481, arvostelijat 301");
    }

    @Test
    void jsonIsByteIdenticalInBothLanguages() throws IOException {
        Path bad = copy("broken/dangling-references.polku.json", "bad.polku.json");
        List<List<String>> commands = List.of(
                List.of("metrics", survey().toString(), "--json"),
                List.of("analyze", STORE_BUS.toString(), "--json"),
                List.of("validate", STORE_BUS.toString(), bad.toString(), "--json"));
        for (List<String> command : commands) {
            CliRun english = new CliRun();
            CliRun finnish = new CliRun(FINNISH);
            int englishExit = english.run(command.toArray(String[]::new));
            int finnishExit = finnish.run(command.toArray(String[]::new));
            assertThat(finnishExit).as(command.toString()).isEqualTo(englishExit);
            assertThat(finnish.out()).as(command.toString()).isNotBlank().isEqualTo(english.out());
        }
    }

    /**
     * The acceptance test, run as a user would: a JVM of its own whose default locale is English, with only
     * LANG saying Finnish, so the command line must read the environment itself.
     */
    @Test
    void aFinnishLangMakesTheWholeProgramSpeakFinnish() throws Exception {
        Map<String, String> environment = Map.of("LANG", "fi_FI.UTF-8", "LC_ALL", "", "LC_MESSAGES", "");
        List<String> options = List.of("-Duser.language=en", "-Duser.country=US", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8");
        ChildJvm.Output help = ChildJvm.run(environment, options, Main.class, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.lines()).first().asString().startsWith("Käyttö: polku");
        assertThat(help.lines()).contains("Komennot:");

        Path good = copy("maps/store-bus.polku.json", "hyvä.polku.json");
        Path bad = copy("broken/dangling-references.polku.json", "rikki.polku.json");
        ChildJvm.Output validate = ChildJvm.run(environment, options, Main.class, "validate", good.toString(),
                bad.toString());
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.lines()).contains(good + ": kunnossa")
                .anyMatch(l -> l.startsWith(bad + ":15:7: ") && l.contains("kosketuspiste ”Checkout” viittaa vaiheeseen"));

        ChildJvm.Output missing = ChildJvm.run(environment, options, Main.class,
                dir.resolve("puuttuu.polku.json").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.lines())
                .containsExactly("polku: " + dir.resolve("puuttuu.polku.json") + ": tiedostoa ei löydy");
    }

    /** 1,204 NPS answers at the checkout: 422 promoters, 481 passives, 301 detractors (NPS 10.05). */
    private Path survey() throws IOException {
        StringBuilder csv = new StringBuilder("touchpoint,metric,value\n");
        for (int i = 0; i < 1204; i++) {
            int answer = i < 422 ? 10 : i < 903 ? 8 : 3;
            csv.append("Kassa,nps,").append(answer).append('\n');
        }
        Path file = dir.resolve("kysely.csv");
        Files.writeString(file, csv);
        return file;
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = FinnishCommandLineTest.class.getResourceAsStream("/" + resource)) {
            Path target = dir.resolve(name);
            Files.write(target, in.readAllBytes());
            return target;
        }
    }
}
