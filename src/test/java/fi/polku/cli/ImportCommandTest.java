package fi.polku.cli;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {
    private static final Path STORE_BUS = CliRun.SAMPLES.resolve("store-bus.polku.json");

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private Path csv(String name, String... lines) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private static Touchpoint touchpoint(JourneyMap map, String title) {
        return map.touchpoints().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    private static Measurement measurementFrom(Touchpoint t, String metric, String source) {
        return t.measurements().stream().filter(m -> m.metric().equals(metric) && m.source().equals(source))
                .findFirst().orElseThrow();
    }

    @Test
    void mergesAnswersAsMeasurementsByTitleAndKeepsTheRestOfTheMap() throws Exception {
        // 3 of 4 answer 4 or 5: CSAT 75 %. Titles match ignoring case.
        Path answers = csv("bussi.csv", "touchpoint;metric;value;date",
                "bussimatka tavarataloon;csat;5;2026-10-01", "BUSSIMATKA TAVARATALOON;csat;4;2026-10-02",
                "Bussimatka tavarataloon;csat;2;2026-10-03", "Bussimatka tavarataloon;csat;4;2026-10-03");
        Path out = dir.resolve("out.polku.json");
        JourneyMap before = MapFiles.load(STORE_BUS);

        int exit = cli.run("import", STORE_BUS.toString(), answers.toString(), "-o", out.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("4 answers", "1 measurement", out.toString());
        JourneyMap after = MapFiles.load(out);
        Touchpoint bus = touchpoint(after, "Bussimatka tavarataloon");
        Measurement imported = measurementFrom(bus, "csat", "bussi.csv");
        assertThat(imported.value()).isEqualTo(75.0);
        assertThat(imported.n()).isEqualTo(4);
        assertThat(imported.dateFrom()).hasToString("2026-10-01");
        assertThat(imported.date()).hasToString("2026-10-03");
        assertThat(bus.measurements()).containsAll(touchpoint(before, "Bussimatka tavarataloon").measurements());
        assertThat(after.touchpoints()).hasSameSizeAs(before.touchpoints());
        assertThat(MapFiles.load(STORE_BUS)).isEqualTo(before);
        // The import changed the map: it is stamped as modified now, and created stays.
        assertThat(after.created()).isEqualTo(before.created());
        assertThat(after.modified()).isAfter(before.modified());
    }

    @Test
    void aRejectedRowIsReportedWithItsLineAndNothingIsWritten() throws Exception {
        Path answers = csv("nps.csv", "touchpoint,metric,value", "Palautekysely sähköpostiin,nps,9",
                "Palautekysely sähköpostiin,nps,11", "Palautekysely sähköpostiin,nps,3");
        Path out = dir.resolve("out.polku.json");

        int exit = cli.run("import", STORE_BUS.toString(), answers.toString(), "-o", out.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("nps.csv:3:3:").contains("not written");
        assertThat(out).doesNotExist();
    }

    @Test
    void skipBadRowsWritesTheScoresOfTheGoodRows() throws Exception {
        Path answers = csv("nps.csv", "touchpoint,metric,value", "Palautekysely sähköpostiin,nps,9",
                "Palautekysely sähköpostiin,nps,11", "Palautekysely sähköpostiin,nps,3");
        Path out = dir.resolve("out.polku.json");

        int exit = cli.run("import", STORE_BUS.toString(), answers.toString(), "-o", out.toString(),
                "--skip-bad-rows");

        assertThat(exit).as("rows were rejected, even if the rest was written").isEqualTo(1);
        assertThat(cli.err()).contains("nps.csv:3:3:");
        Measurement m = measurementFrom(touchpoint(MapFiles.load(out), "Palautekysely sähköpostiin"), "nps",
                "nps.csv");
        assertThat(m.n()).isEqualTo(2);
        assertThat(m.value()).isEqualTo(0.0);
    }

    @Test
    void unknownNamesAreLeftOutUnlessCreatedInTheGivenCell() throws Exception {
        Path answers = csv("uusi.csv", "kosketuspiste;mittari;arvo", "Paluumatkan kahvi;csat;5",
                "Ostokset ja kassa;csat;4");
        Path skipped = dir.resolve("skipped.polku.json");
        Path created = dir.resolve("created.polku.json");

        assertThat(cli.run("import", STORE_BUS.toString(), answers.toString(), "-o", skipped.toString())).isZero();
        assertThat(cli.err()).contains("no touchpoint \"Paluumatkan kahvi\"", "left out");
        assertThat(MapFiles.load(skipped).touchpoints()).noneMatch(t -> t.title().equals("Paluumatkan kahvi"));

        assertThat(cli.run("import", STORE_BUS.toString(), answers.toString(), "-o", created.toString(),
                "--create-missing", "s4:l3")).isZero();
        Touchpoint coffee = touchpoint(MapFiles.load(created), "Paluumatkan kahvi");
        assertThat(coffee.stageId()).isEqualTo("s4");
        assertThat(coffee.laneId()).isEqualTo("l3");
        assertThat(measurementFrom(coffee, "csat", "uusi.csv").value()).isEqualTo(100.0);
    }

    @Test
    void createMissingInAStageTheMapLacksFailsAndNamesTheStages() throws Exception {
        Path answers = csv("a.csv", "touchpoint,metric,value", "X,csat,5");
        Path out = dir.resolve("out.polku.json");

        int exit = cli.run("import", STORE_BUS.toString(), answers.toString(), "-o", out.toString(),
                "--create-missing", "s9:l1");

        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("no stage \"s9\"", "s1 (");
        assertThat(out).doesNotExist();
    }

    @Test
    void customMetricsOfTheMapAreKnownAndRenamedColumnsAreRead() throws Exception {
        Path answers = csv("lahdot.csv", "Pysäkki;Mittari;Minuutteja", "Pysäkki Kiasman edessä;Lähtöviive;2",
                "Pysäkki Kiasman edessä;viive;4");
        Path out = dir.resolve("out.polku.json");

        int exit = cli.run("import", STORE_BUS.toString(), answers.toString(), "-o", out.toString(),
                "--column", "touchpoint=Pysäkki", "--column", "value=Minuutteja");

        assertThat(exit).as(cli.err()).isZero();
        Measurement m = measurementFrom(touchpoint(MapFiles.load(out), "Pysäkki Kiasman edessä"), "viive",
                "lahdot.csv");
        assertThat(List.of(m.value(), (double) m.n())).containsExactly(3.0, 2.0);
    }

    @Test
    void metricsWithTheMapKnowsItsCustomMetrics() throws Exception {
        Path answers = csv("lahdot.csv", "touchpoint;metric;value", "Pysäkki Kiasman edessä;viive;2");

        assertThat(cli.run("metrics", answers.toString())).isEqualTo(1);
        CliRun withMap = new CliRun();
        assertThat(withMap.run("metrics", answers.toString(), "--map", STORE_BUS.toString(), "--json")).isZero();
        assertThat(withMap.out()).contains("\"metric\" : \"viive\"", "\"value\" : 2.0");
    }
}
