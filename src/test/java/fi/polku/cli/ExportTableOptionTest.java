package fi.polku.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code polku export --format csv --table ...} picks the table a CSV file holds, explained in both languages. */
class ExportTableOptionTest {
    @TempDir
    Path dir;

    private static final String SAMPLE = CliRun.SAMPLES.resolve("store-bus.polku.json").toString();

    @Test
    void csvHoldsTheOpportunitiesOrTheAnalysisWhenAskedAndTheTouchpointsByDefault() throws Exception {
        CliRun cli = new CliRun();
        Path opportunities = dir.resolve("o.csv");
        assertThat(cli.run("export", SAMPLE, "--format", "csv", "--table", "opportunities", "-o",
                opportunities.toString())).isZero();
        // The sample is Finnish: so is the table.
        String csv = Files.readString(opportunities, StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFTunnus,Mahdollisuus,Kosketuspisteet,");
        assertThat(csv).contains(",468000,");
        Path analysis = dir.resolve("a.csv");
        assertThat(cli.run("export", SAMPLE, "--format", "csv", "--table", "ANALYSIS", "-o", analysis.toString()))
                .isZero();
        assertThat(Files.readString(analysis, StandardCharsets.UTF_8)).contains("Nelikenttä", "Vaje", "Prioriteetti");
        Path touchpoints = dir.resolve("t.csv");
        assertThat(cli.run("export", SAMPLE, "--format", "csv", "-o", touchpoints.toString())).isZero();
        assertThat(Files.readString(touchpoints, StandardCharsets.UTF_8)).doesNotContain("Nelikenttä")
                .contains("Kosketuspiste");
    }

    @Test
    void anUnknownTableIsAUsageErrorInTheUsersLanguage() {
        CliRun english = new CliRun();
        assertThat(english.run("export", SAMPLE, "--format", "csv", "--table", "scores", "-o",
                dir.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(english.err()).contains("'scores' is not a table; use touchpoints, measurements, opportunities or "
                + "analysis");
        CliRun finnish = new CliRun(Map.of("LANG", "fi_FI.UTF-8"));
        assertThat(finnish.run("export", SAMPLE, "--format", "csv", "--table", "scores", "-o",
                dir.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(finnish.err()).contains("'scores' ei ole taulukko; käytä touchpoints, measurements, opportunities "
                + "tai analysis");
    }

    @Test
    void helpExplainsTheTableInBothLanguages() {
        CliRun english = new CliRun();
        assertThat(english.run("export", "--help")).isZero();
        assertThat(english.out().replaceAll("\\s+", " ")).contains("--table=touchpoints|measurements|opportunities|analysis",
                "An XLSX workbook has every table, one sheet each.");
        CliRun finnish = new CliRun(Map.of("LANG", "fi_FI.UTF-8"));
        assertThat(finnish.run("export", "--help")).isZero();
        assertThat(finnish.out().replaceAll("\\s+", " ")).contains("--table=touchpoints|measurements|opportunities|analysis",
                "XLSX-työkirjassa on kaikki taulukot, kukin omalla välilehdellään.");
    }
}
