package fi.polku.io.survey;

import fi.polku.io.Problem;
import fi.polku.text.Localization;
import fi.polku.metrics.MetricResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CsvSurveyImportTest {
    @TempDir
    Path dir;

    private SurveyImportResult importText(String name, String text, SurveyImportOptions options)
            throws IOException, SurveyFileException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return SurveyImporter.importFile(file, options);
    }

    private static ImportedScore score(SurveyImportResult r, String touchpoint, String metric) {
        return r.scores().stream()
                .filter(s -> s.touchpointName().equals(touchpoint) && s.result().metric().equals(metric))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t", "|"})
    void anyDelimiterIsRecognised(String d) throws Exception {
        String csv = String.join(d, "Touchpoint", "Metric", "Value", "Date") + "\n"
                + String.join(d, "Kassajono", "nps", "10", "2026-09-01") + "\n"
                + String.join(d, "Kassajono", "nps", "3", "2026-09-20") + "\n";
        SurveyImportResult r = importText("kysely.csv", csv, SurveyImportOptions.defaults());
        assertThat(r.rejected()).isEmpty();
        MetricResult nps = score(r, "Kassajono", "nps").result();
        assertThat(nps.n()).isEqualTo(2);
        assertThat(nps.value()).isZero();
        assertThat(nps.from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(nps.to()).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void byteOrderMarkAndQuotedFieldsAreRead() throws Exception {
        String csv = "\uFEFFtouchpoint;metric;value;respondent\n"
                + "\"Kassa; pikakassa\";csat;5;\"Virtanen, \"\"Eeva\"\"\"\n"
                + "\"Kassa; pikakassa\";csat;\"4\";r2\n";
        SurveyImportResult r = importText("kysely.csv", csv, SurveyImportOptions.defaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(score(r, "Kassa; pikakassa", "csat").result().value()).isEqualTo(100.0);
    }

    @Test
    void badRowsAreRejectedWithLineNumberColumnAndReason() throws Exception {
        String csv = """
                touchpoint,metric,value,date
                Kassajono,nps,11,2026-09-01
                Kassajono,nps,8,
                Kassajono,happiness,3,
                ,nps,5,
                Kassajono,ces,4.5,
                Kassajono,fcr,maybe,

                Kassajono,nps,9,31.9.2026
                Kassajono,csat,"4,0",30.9.2026
                """;
        SurveyImportResult r = importText("kysely.csv", csv, SurveyImportOptions.defaults());
        assertThat(r.rejected()).extracting(p -> p.in(Localization.ENGLISH)).containsExactly(
                "kysely.csv:2:3: NPS answer 11 is outside 0–10",
                "kysely.csv:4:2: unknown metric \"happiness\"; use nps, csat, ces, fcr, emotion",
                "kysely.csv:5:1: no touchpoint",
                "kysely.csv:6:3: CES answer 4.5 is not a whole number",
                "kysely.csv:7:3: FCR answer \"maybe\" is not yes/no or 1/0",
                "kysely.csv:9:4: date \"31.9.2026\" is not a date like 2026-09-30 or 30.9.2026");
        assertThat(r.rejectedCount()).isEqualTo(6);
        assertThat(r.rowsRead()).isEqualTo(8);
        assertThat(score(r, "Kassajono", "nps").result().n()).isEqualTo(1);
        assertThat(score(r, "Kassajono", "csat").result().to()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void namesMatchTouchpointsByIdOrTitleIgnoringCaseAndAccents() throws Exception {
        String csv = """
                Touchpoint,Metric,Value
                Tervehdys,nps,10
                tervehdys,nps,6
                KASSAJONO,Odotusaika,12
                t-queue,wait,8
                Yhteydenottö,FCR,kyllä
                yhteydenotto,fcr,ei
                Pysäköinti,csat,5
                pysakointi,csat,4
                """;
        SurveyImportResult r = importText("kysely.csv", csv,
                SurveyImportOptions.defaults().withMap(SurveyFixtures.storeMap()));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.scores()).extracting(ImportedScore::touchpointId, s -> s.result().metric(), s -> s.result().n())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("t-greet", "nps", 2),
                        org.assertj.core.groups.Tuple.tuple("t-queue", "wait", 2),
                        org.assertj.core.groups.Tuple.tuple("t-call", "fcr", 2),
                        org.assertj.core.groups.Tuple.tuple(null, "csat", 2));
        assertThat(score(r, "Kassajono", "wait").result().value()).isEqualTo(10.0);
        assertThat(score(r, "Yhteydenotto", "fcr").result().value()).isEqualTo(50.0);
        assertThat(r.unmatchedNames()).containsExactly("Pysäköinti");
        assertThat(score(r, "Pysäköinti", "csat").measurement().source()).isEqualTo("kysely.csv");
    }

    @Test
    void callerMappingNamesTheColumns() throws Exception {
        String csv = """
                Kohta;Kysymys;Suosittelisitko?;Kanava
                Kassajono;nps;9;myymälä
                """;
        ColumnMapping mapping = ColumnMapping.defaults().with(SurveyField.TOUCHPOINT, "kohta")
                .with(SurveyField.METRIC, "Kysymys").with(SurveyField.VALUE, "Suosittelisitko?");
        SurveyImportResult r = importText("kysely.csv", csv, SurveyImportOptions.defaults().withColumns(mapping));
        assertThat(score(r, "Kassajono", "nps").result().value()).isEqualTo(100.0);
    }

    @Test
    void missingColumnsAndEmptyFilesAreRefusedWithTheHeaderLine() {
        assertThatThrownBy(() -> importText("kysely.csv", "touchpoint,score\nA,1\n", SurveyImportOptions.defaults()))
                .isInstanceOf(SurveyFileException.class)
                .hasMessage("kysely.csv:1:1: no \"metric\", \"value\" columns; the header has touchpoint, score");
        assertThatThrownBy(() -> importText("tyhjä.csv", "\n\n", SurveyImportOptions.defaults()))
                .hasMessage("tyhjä.csv:1:1: the file has no header row");
        assertThatThrownBy(() -> importText("vanha.xls", "x", SurveyImportOptions.defaults()))
                .hasMessageContaining("save the sheet as .xlsx or CSV UTF-8");
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        assertThatThrownBy(() -> importText("kysely.csv",
                "touchpoint,metric,value\nKassa,nps,9\n\"Kassa,nps,9\nKassa,nps,8\n", SurveyImportOptions.defaults()))
                .isInstanceOf(SurveyFileException.class)
                .hasMessageStartingWith("kysely.csv:").hasMessageContaining("quote")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = "touchpoint,metric,value\nKäynti,nps,9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SurveyImporter.importCsv(new ByteArrayInputStream(latin1), "vanha.csv",
                latin1.length, SurveyImportOptions.defaults()))
                .isInstanceOf(SurveyFileException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void cancellingStopsTheImport() {
        StringBuilder csv = new StringBuilder("touchpoint,metric,value\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("Kassajono,nps,").append(i % 11).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        List<Long> seen = new ArrayList<>();
        SurveyImportOptions options = SurveyImportOptions.defaults()
                .withProgress((rows, read, total) -> seen.add(rows))
                .withCancelled(() -> !seen.isEmpty());
        assertThatThrownBy(() -> SurveyImporter.importCsv(new ByteArrayInputStream(bytes), "kysely.csv",
                bytes.length, options)).isInstanceOf(CancellationException.class);
        assertThat(seen).containsExactly(4096L);
    }

    @Test
    void interruptingTheThreadStopsTheImport() {
        byte[] bytes = "touchpoint,metric,value\nKassajono,nps,9\n".getBytes(StandardCharsets.UTF_8);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> SurveyImporter.importCsv(new ByteArrayInputStream(bytes), "kysely.csv",
                    bytes.length, SurveyImportOptions.defaults())).isInstanceOf(CancellationException.class);
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
    }

    @Test
    void decimalCommaIsAcceptedForMeans() throws Exception {
        SurveyImportResult r = importText("kysely.csv", "touchpoint;metric;value\nA;emotion;-1,5\nA;emotion;2,5\n",
                SurveyImportOptions.defaults());
        assertThat(score(r, "A", "emotion").result().value()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void rejectedRowsReadInFinnishWithTheirLineAndColumn() throws Exception {
        String csv = """
                Kosketuspiste;Mittari;Arvo;Päivämäärä
                Kassajono;nps;11;2026-09-01
                Kassajono;onnellisuus;3;
                ;nps;5;
                Kassajono;ces;4,5;
                Kassajono;nps;9;31.9.2026
                """;
        SurveyImportResult r = importText("kysely.csv", csv, SurveyImportOptions.defaults());
        assertThat(r.rejected()).extracting(p -> p.in(Localization.FINNISH)).containsExactly(
                "kysely.csv:2:3: NPS-vastaus 11 on asteikon 0–10 ulkopuolella",
                "kysely.csv:3:2: tuntematon mittari ”onnellisuus”; käytä jotakin näistä: nps, csat, ces, fcr, "
                        + "emotion",
                "kysely.csv:4:1: kosketuspiste puuttuu",
                "kysely.csv:5:3: CES-vastaus 4,5 ei ole kokonaisluku",
                "kysely.csv:6:4: ”31.9.2026” ei ole päivämäärä muotoa 2026-09-30 tai 30.9.2026");
    }

    @Test
    void aFileProblemReadsInFinnishToo() {
        assertThatThrownBy(() -> importText("kysely.csv", "touchpoint,score\nKassa,9\n",
                SurveyImportOptions.defaults()))
                .isInstanceOfSatisfying(SurveyFileException.class, e -> assertThat(e.problem().in(Localization.FINNISH))
                        .isEqualTo("kysely.csv:1:1: sarakkeet \"metric\", \"value\" puuttuvat; otsikkorivillä on "
                                + "touchpoint, score"));
        assertThatThrownBy(() -> importText("kysely.csv", "touchpoint,metric,value\n\"Kassa,nps,9\n",
                SurveyImportOptions.defaults()))
                .isInstanceOfSatisfying(SurveyFileException.class, e -> assertThat(e.problem().in(Localization.FINNISH))
                        .startsWith("kysely.csv:")
                        .endsWith("lainausmerkeissä olevalta arvolta puuttuu loppulainausmerkki"));
    }
}
