package fi.polku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code polku metrics} and {@code polku import} on wide survey exports, mapped with --question. */
class WideSurveyCommandTest {
    private static final Path STORE_BUS = CliRun.SAMPLES.resolve("store-bus.polku.json");
    private static final String GOOGLE = "src/test/resources/fi/polku/io/survey/wide/google-forms.csv";
    private static final String QUALTRICS = "src/test/resources/fi/polku/io/survey/wide/qualtrics.csv";

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void scoresAWideFileAsJsonAndLocatesTheBadLabel() throws Exception {
        int exit = cli.run("metrics", GOOGLE, "--json",
                "--question", "How likely=Kassa:nps", "--question", "how satisfied=Kassa:csat",
                "--question", "E=Verkkokauppa:ces", "--question", "F=Asiakaspalvelu:fcr");
        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("google-forms.csv:6:4: column D \"How satisfied were you with the "
                + "checkout?\": \"Super happy\" is neither a number nor a label of the CSAT scale; add it to the "
                + "label table with the number it stands for\n");
        JsonNode array = new ObjectMapper().readTree(cli.out());
        assertThat(array).hasSize(4);
        assertThat(array.get(0).get("touchpoint").asText()).isEqualTo("Kassa");
        assertThat(array.get(0).get("metric").asText()).isEqualTo("nps");
        assertThat(array.get(0).get("n").asInt()).isEqualTo(5);
        assertThat(array.get(0).get("value").asDouble()).isCloseTo(40.0, within(1e-9));
        assertThat(array.get(0).get("promoters").asLong()).isEqualTo(3);
        assertThat(array.get(1).get("metric").asText()).isEqualTo("csat");
        assertThat(array.get(1).get("n").asInt()).isEqualTo(5);
        assertThat(array.get(1).get("value").asDouble()).isCloseTo(60.0, within(1e-9));
        assertThat(array.get(2).get("agreePct").asDouble()).isCloseTo(60.0, within(1e-9));
        assertThat(array.get(3).get("resolved").asLong()).isEqualTo(3);
    }

    @Test
    void aLabelOnTheCommandLineMakesTheFileClean() {
        int exit = cli.run("metrics", GOOGLE, "--question", "D=Kassa:csat", "--label", "Super happy=5");
        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains("Kassa", "CSAT", "66.7 %");
    }

    @Test
    void anAmbiguousColumnIsRefusedWithItsCandidates() {
        int exit = cli.run("metrics", QUALTRICS, "--question", "How likely=Asiakaspalvelu:nps");
        assertThat(exit).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo("qualtrics.csv:1:1: \"How likely\" fits 2 columns: R (Q1) \"How likely are "
                + "you to recommend Kauppa Oy to a friend or colleague?\", S (Q1_NPS_GROUP) \"How likely are you to "
                + "recommend Kauppa Oy to a friend or colleague? - Group\"; write more of the header text, the field id "
                + "or the column letter\n");
    }

    @Test
    void anUnknownColumnIsRefusedWithTheColumnsLikeIt() {
        int exit = cli.run("metrics", QUALTRICS, "--question", "satisfaction=Asiakaspalvelu:csat");
        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).startsWith("qualtrics.csv:1:1: no column \"satisfaction\"; the columns are A (StartDate) "
                + "\"Start Date\", B (EndDate) \"End Date\"").endsWith(" and 14 more\n");
    }

    @Test
    void aWideFileWithoutQuestionsListsItsQuestionColumns() {
        int exit = cli.run("metrics", QUALTRICS);
        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).isEqualTo(QUALTRICS + " is a wide survey file (Qualtrics): one row per respondent, one "
                + "column per question. Map its question columns to touchpoints and metrics with --question "
                + "\"COLUMN=TOUCHPOINT:METRIC\", e.g. --question \"R=Checkout:nps\". Its 4 question columns are:\n"
                + "  R (Q1) \"How likely are you to recommend Kauppa Oy to a friend or colleague?\"\n"
                + "  T (Q2) \"How satisfied were you with our customer service?\"\n"
                + "  U (Q3) \"The company made it easy for me to handle my issue.\"\n"
                + "  V (Q4) \"Please tell us more.\"\n");
        CliRun fi = new CliRun(Map.of("LANG", "fi_FI.UTF-8"));
        assertThat(fi.run("metrics", QUALTRICS)).isEqualTo(1);
        assertThat(fi.err()).startsWith(QUALTRICS + " on leveä kyselytiedosto (Qualtrics): yksi rivi vastaajaa "
                + "kohden").contains("Kysymyssarakkeet (4):\n  R (Q1)");
    }

    @Test
    void aWideFileOfAnUnknownToolGetsAHint() throws Exception {
        Path file = dir.resolve("kysely.csv");
        Files.writeString(file, "Vastaajan ikä,Suosittelisitko meitä?\n34,9\n");
        assertThat(cli.run("metrics", file.toString())).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("kysely.csv:1:1: no \"touchpoint\", \"metric\", \"value\" columns; the header "
                + "has Vastaajan ikä, Suosittelisitko meitä?\nIf the file has one row per respondent and one column per "
                + "question, map its question columns with --question \"COLUMN=TOUCHPOINT:METRIC\".\n");
        CliRun mapped = new CliRun();
        assertThat(mapped.run("metrics", file.toString(), "--question", "Suosittelisitko=Kassa:nps", "--json"))
                .isZero();
        assertThat(mapped.out()).contains("\"n\" : 1", "\"value\" : 100.0");
    }

    @Test
    void aMalformedQuestionOrLabelIsAUsageError() {
        assertThat(cli.run("metrics", GOOGLE, "--question", "D=Kassa")).isEqualTo(2);
        assertThat(cli.err()).contains("--question: write COLUMN=TOUCHPOINT:METRIC, e.g. \"Q1=Checkout:nps\"; "
                + "got \"D=Kassa\"");
        CliRun again = new CliRun();
        assertThat(again.run("metrics", GOOGLE, "--question", "D=Kassa:csat", "--label", "Loistava=paljon")).isEqualTo(2);
        assertThat(again.err()).contains("--label: write TEXT=NUMBER");
    }

    @Test
    void importsAWideFileIntoTheMapsTouchpointsByIdAndTitle() throws Exception {
        Path out = dir.resolve("out.polku.json");
        int exit = cli.run("import", STORE_BUS.toString(), QUALTRICS, "-o", out.toString(),
                "--question", "Q1=t12:nps", "--question", "Q2=ostokset ja KASSA:csat", "--question", "Q3=t5:ces",
                "--label", "Strongly agreee=7");
        assertThat(exit).as(cli.err()).isZero();
        // NPS 4 answers, CSAT 4, CES 5 (the misspelt "Strongly agreee" now read as 7).
        assertThat(cli.out()).contains("13 answers", "3 measurements");
        JourneyMap after = MapFiles.load(out);
        Measurement ces = after.touchpoint("t5").orElseThrow().measurements().stream()
                .filter(m -> m.source().equals("qualtrics.csv")).findFirst().orElseThrow();
        // 7, 6, 3, 7, 5: mean 28 / 5 = 5.6.
        assertThat(ces.value()).isCloseTo(5.6, within(1e-9));
        assertThat(ces.n()).isEqualTo(5);
        assertThat(after.touchpoint("t12").orElseThrow().measurements()).extracting(Measurement::metric)
                .contains("nps", "csat");
    }

    @Test
    void aBadLabelStopsTheImportWithItsLocation() throws Exception {
        Path out = dir.resolve("out.polku.json");
        int exit = cli.run("import", STORE_BUS.toString(), QUALTRICS, "-o", out.toString(), "--question", "Q3=t5:ces");
        assertThat(exit).isEqualTo(1);
        assertThat(cli.err()).startsWith("qualtrics.csv:7:21: column U (Q3) \"The company made it easy for me to "
                + "handle my issue.\": \"Strongly agreee\" is neither a number nor a label of the CES scale");
        assertThat(Files.exists(out)).isFalse();
    }
}
