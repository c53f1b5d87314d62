package fi.polku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.io.MapFiles;
import fi.polku.io.survey.SurveyMappings;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.QuestionLink;
import fi.polku.model.SurveyMapping;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code polku import} saves the question mapping of a wide file in the map under the file's header, so that
 * the next round's export of the same survey imports without --question, each round's measurements tagged.
 */
class SavedSurveyMappingCommandTest {
    private static final Path STORE_BUS = CliRun.SAMPLES.resolve("store-bus.polku.json");
    private static final String HEADER = "Timestamp,How likely are you to recommend us?,"
            + "How satisfied were you with the checkout?,Anything else?";

    @TempDir
    Path dir;

    private Path write(String name, String... rows) throws Exception {
        return Files.writeString(dir.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    @Test
    void theSecondRoundUsesTheMappingSavedByTheFirstAndBothRoundsAreKept() throws Exception {
        Path autumn = write("autumn.csv",
                "2026/09/03 10:15:22 AM EET,10,Very satisfied,",
                "2026/09/04 11:00:00 AM EET,9,Ihan ok,Queue was long",
                "2026/09/05 9:30:00 AM EET,3,Dissatisfied,");
        Path spring = write("spring.csv",
                "2027/03/02 10:00:00 AM EET,10,Ihan ok,",
                "2027/03/03 10:00:00 AM EET,6,Satisfied,");
        Path first = dir.resolve("first.polku.json");
        CliRun round1 = new CliRun();
        int exit = round1.run("import", STORE_BUS.toString(), autumn.toString(),
                "--question", "How likely=Palautekysely sähköpostiin:nps", "--question", "C=t12:csat",
                "--label", "Ihan ok=3", "--round", "Syksy 2026", "--source", "Verkkokysely", "-o", first.toString());
        assertThat(exit).as(round1.err()).isZero();
        JourneyMap afterAutumn = MapFiles.load(first);
        SurveyMapping saved = afterAutumn.surveyMappings().getFirst();
        assertThat(afterAutumn.surveyMappings()).hasSize(1);
        assertThat(saved.headerKey()).isEqualTo(SurveyMappings.headerKey(List.of(HEADER.split(","))));
        assertThat(saved.name()).isEqualTo("autumn.csv");
        assertThat(saved.questions()).containsExactly(
                new QuestionLink("How likely are you to recommend us?", "t14", "nps"),
                new QuestionLink("How satisfied were you with the checkout?", "t12", "csat"));
        assertThat(saved.labels()).isEqualTo(Map.of("Ihan ok", 3.0));

        Path second = dir.resolve("second.polku.json");
        CliRun round2 = new CliRun();
        exit = round2.run("import", first.toString(), spring.toString(), "--round", "Kevät 2027",
                "--source", "Verkkokysely", "-o", second.toString());
        assertThat(exit).as(round2.err()).isZero();
        assertThat(round2.err()).isEqualTo("Using the mapping saved for this survey's header (\"autumn.csv\", "
                + "2 questions); give --question to map it anew\n");
        JourneyMap afterSpring = MapFiles.load(second);
        assertThat(afterSpring.surveyMappings()).as("the same header keeps one mapping").hasSize(1);
        assertThat(afterSpring.surveyMappings().getFirst().questions()).isEqualTo(saved.questions());

        List<Measurement> nps = rounds(afterSpring, "t14", "nps");
        assertThat(nps).extracting(Measurement::round).containsExactly("Syksy 2026", "Kevät 2027");
        assertThat(nps.get(0).value()).isCloseTo(100.0 / 3, within(1e-9)); // 2 promoters, 1 detractor of 3
        assertThat(nps.get(1).value()).isCloseTo(0, within(1e-9)); // 1 promoter, 1 detractor of 2
        assertThat(nps).allSatisfy(m -> {
            assertThat(m.source()).isEqualTo("Verkkokysely");
            assertThat(m.evidence()).isEqualTo(EvidenceLevel.OBSERVED);
        });
        List<Measurement> csat = rounds(afterSpring, "t12", "csat");
        // The saved label "Ihan ok" = 3 is read in the second round too: 1 satisfied of 2.
        assertThat(csat).extracting(Measurement::round).containsExactly("Syksy 2026", "Kevät 2027");
        assertThat(csat.get(1).value()).isCloseTo(50, within(1e-9));
        assertThat(csat.get(1).n()).isEqualTo(2);
    }

    @Test
    void metricsWithTheMapUsesItsSavedMappingToo() throws Exception {
        Path autumn = write("autumn.csv", "2026/09/03 10:15:22 AM EET,10,Very satisfied,");
        Path mapped = dir.resolve("mapped.polku.json");
        assertThat(new CliRun().run("import", STORE_BUS.toString(), autumn.toString(),
                "--question", "How likely=t14:nps", "-o", mapped.toString())).isZero();
        Path spring = write("spring.csv", "2027/03/02 10:00:00 AM EET,9,Satisfied,",
                "2027/03/03 10:00:00 AM EET,0,Satisfied,");
        CliRun cli = new CliRun();
        int exit = cli.run("metrics", spring.toString(), "--map", mapped.toString(), "--json");
        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).startsWith("Using the mapping saved for this survey's header (\"autumn.csv\", 1 question)");
        JsonNode array = new ObjectMapper().readTree(cli.out());
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("touchpoint").asText()).isEqualTo("Palautekysely sähköpostiin");
        assertThat(array.get(0).get("value").asDouble()).isCloseTo(0, within(1e-9));
    }

    @Test
    void aWideFileWithNoSavedMappingIsToldSoWithItsQuestionColumns() throws Exception {
        Path autumn = write("autumn.csv", "2026/09/03 10:15:22 AM EET,10,Very satisfied,");
        Path out = dir.resolve("out.polku.json");
        CliRun cli = new CliRun();
        int exit = cli.run("import", STORE_BUS.toString(), autumn.toString(), "-o", out.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).contains("  B \"How likely are you to recommend us?\"")
                .endsWith(STORE_BUS + " has no mapping saved for this survey's header; map its questions once "
                        + "with --question, and polku import saves the mapping for the next round.\n");
        assertThat(out).doesNotExist();
        CliRun fi = new CliRun();
        assertThat(fi.run("--lang", "fi", "import", STORE_BUS.toString(), autumn.toString(), "-o", out.toString()))
                .isEqualTo(1);
        assertThat(fi.err()).contains("Kartassa " + STORE_BUS + " ei ole tallennettua vastaavuutta tämän kyselyn "
                + "otsikkoriville");
    }

    @Test
    void aBadEvidenceWordIsAUsageError() throws Exception {
        Path autumn = write("autumn.csv", "2026/09/03 10:15:22 AM EET,10,Very satisfied,");
        CliRun cli = new CliRun();
        int exit = cli.run("import", STORE_BUS.toString(), autumn.toString(), "--question", "B=t14:nps",
                "--evidence", "seen", "-o", dir.resolve("x.polku.json").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).startsWith("--evidence: write observed, inferred or assumed; got \"seen\"");
        CliRun fi = new CliRun();
        assertThat(fi.run("--lang", "fi", "import", STORE_BUS.toString(), autumn.toString(), "--question",
                "B=t14:nps", "--evidence", "Päätelty", "-o", dir.resolve("y.polku.json").toString())).isZero();
        assertThat(rounds(MapFiles.load(dir.resolve("y.polku.json")), "t14", "nps").getLast().evidence())
                .isEqualTo(EvidenceLevel.INFERRED);
    }

    /** The measurements of a metric that the tests imported (the sample's own come from other sources). */
    private static List<Measurement> rounds(JourneyMap map, String touchpointId, String metric) {
        Touchpoint t = map.touchpoint(touchpointId).orElseThrow();
        return t.measurements().stream().filter(m -> m.metric().equals(metric)
                && List.of("Verkkokysely", "autumn.csv").contains(m.source())).toList();
    }
}
