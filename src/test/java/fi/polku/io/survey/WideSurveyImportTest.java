package fi.polku.io.survey;

import fi.polku.io.Problem;
import fi.polku.metrics.MetricResult;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Wide CSV exports written after each tool's documented layout, each with numbers, labels, blanks and one bad
 * label; the expected scores are counted by hand in the comments.
 */
class WideSurveyImportTest {
    static Path resource(String name) throws Exception {
        return Path.of(WideSurveyImportTest.class.getResource("wide/" + name).toURI());
    }

    static SurveyImportResult read(String name, SurveyQuestion... questions) throws Exception {
        return SurveyImporter.importFile(resource(name), SurveyImportOptions.defaults().withQuestions(List.of(questions)));
    }

    static MetricResult score(SurveyImportResult r, String touchpoint, String metric) {
        return r.scores().stream().filter(s -> s.touchpointName().equals(touchpoint)
                && s.result().metric().equals(metric)).findFirst().orElseThrow().result();
    }

    @Test
    void googleForms() throws Exception {
        SurveyImportResult r = read("google-forms.csv",
                new SurveyQuestion("How likely are you to recommend Kauppa Oy to a friend or colleague?", "Kassa", "nps"),
                new SurveyQuestion("how satisfied", "Kassa", "csat"),
                new SurveyQuestion("E", "Verkkokauppa", "ces"),
                new SurveyQuestion("Did we solve", "Asiakaspalvelu", "FCR"));
        assertThat(r.rowsRead()).isEqualTo(6);
        // NPS 10, 9, 7, 3, (blank), 10: 3 promoters, 1 passive, 1 detractor of 5 → (3 − 1) / 5 = 40.
        MetricResult nps = score(r, "Kassa", "nps");
        assertThat(nps.n()).isEqualTo(5);
        assertThat(nps.value()).isCloseTo(40.0, within(1e-9));
        assertThat(nps.extras().get("promoters")).isEqualTo(3.0);
        assertThat(nps.from()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(nps.to()).isEqualTo(LocalDate.of(2026, 11, 6));
        // CSAT 5, 4, 3, 1, (bad label), 4: 3 of 5 satisfied = 60 %, mean 17 / 5 = 3.4.
        MetricResult csat = score(r, "Kassa", "csat");
        assertThat(csat.n()).isEqualTo(5);
        assertThat(csat.value()).isCloseTo(60.0, within(1e-9));
        assertThat(csat.extras().get("mean")).isCloseTo(3.4, within(1e-9));
        // CES 7, 5, 6, 1, (blank), 4: mean 23 / 5 = 4.6, agreeing (5–7) 3 of 5 = 60 %.
        MetricResult ces = score(r, "Verkkokauppa", "ces");
        assertThat(ces.n()).isEqualTo(5);
        assertThat(ces.value()).isCloseTo(4.6, within(1e-9));
        assertThat(ces.extras().get("agreePct")).isCloseTo(60.0, within(1e-9));
        // FCR yes, yes, no, no, yes, (blank): 3 of 5 = 60 %.
        MetricResult fcr = score(r, "Asiakaspalvelu", "fcr");
        assertThat(fcr.n()).isEqualTo(5);
        assertThat(fcr.value()).isCloseTo(60.0, within(1e-9));
        assertThat(r.rejectedCount()).isEqualTo(1);
        Problem bad = r.rejected().getFirst();
        assertThat(bad.line()).isEqualTo(6);
        assertThat(bad.column()).isEqualTo(4);
        assertThat(bad.in(Localization.ENGLISH)).isEqualTo("google-forms.csv:6:4: column D \"How satisfied were you "
                + "with the checkout?\": \"Super happy\" is neither a number nor a label of the CSAT scale; add it to the label "
                + "table with the number it stands for");
        assertThat(bad.in(Localization.FINNISH)).isEqualTo("google-forms.csv:6:4: sarake D \"How satisfied were you "
                + "with the checkout?\": ”Super happy” ei ole luku eikä CSAT-asteikon vastausvaihtoehto; lisää se "
                + "vastausvaihtoehtojen taulukkoon sitä vastaavan luvun kanssa");
    }

    @Test
    void aUserLabelAddsToTheTable() throws Exception {
        SurveyImportResult r = SurveyImporter.importFile(resource("google-forms.csv"), SurveyImportOptions.defaults()
                .withQuestions(List.of(new SurveyQuestion("D", "Kassa", "csat")))
                .withLabels(LabelTable.builtIn().with("super  HAPPY", 5)));
        assertThat(r.rejectedCount()).isZero();
        // 5, 4, 3, 1, 5, 4: 4 of 6 satisfied.
        assertThat(score(r, "Kassa", "csat").n()).isEqualTo(6);
        assertThat(score(r, "Kassa", "csat").value()).isCloseTo(400.0 / 6, within(1e-9));
    }

    @Test
    void surveyMonkeyWithTwoHeaderRows() throws Exception {
        SurveyImportResult r = read("surveymonkey.csv",
                new SurveyQuestion("How likely", "Myymälä", "nps"),
                new SurveyQuestion("Overall", "Myymälä", "csat"),
                new SurveyQuestion("Was your issue resolved on your first contact?", "Asiakaspalvelu", "fcr"));
        assertThat(r.rowsRead()).isEqualTo(5);
        // NPS "10 - Extremely likely", 8, "0 - Not at all likely", 6, (bad): 1 promoter, 1 passive, 2 detractors
        // of 4 → (1 − 2) / 4 = −25.
        MetricResult nps = score(r, "Myymälä", "nps");
        assertThat(nps.n()).isEqualTo(4);
        assertThat(nps.value()).isCloseTo(-25.0, within(1e-9));
        assertThat(nps.extras().get("detractors")).isEqualTo(2.0);
        // Dates from the End Date column, written month first.
        assertThat(nps.from()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(nps.to()).isEqualTo(LocalDate.of(2026, 11, 5));
        // CSAT 5, 4, 1, 3, 4: 3 of 5 = 60 %, mean 3.4.
        MetricResult csat = score(r, "Myymälä", "csat");
        assertThat(csat.n()).isEqualTo(5);
        assertThat(csat.value()).isCloseTo(60.0, within(1e-9));
        assertThat(csat.extras().get("mean")).isCloseTo(3.4, within(1e-9));
        // FCR yes, no, no, (blank), yes: 2 of 4 = 50 %.
        assertThat(score(r, "Asiakaspalvelu", "fcr").n()).isEqualTo(4);
        assertThat(score(r, "Asiakaspalvelu", "fcr").value()).isCloseTo(50.0, within(1e-9));
        assertThat(r.rejectedCount()).isEqualTo(1);
        assertThat(r.rejected().getFirst().in(Localization.ENGLISH)).startsWith("surveymonkey.csv:7:10: column J "
                + "\"How likely is it that you would recommend Kauppa Oy to a friend or colleague?\": \"Maybe\" is neither");
    }

    @Test
    void surveyMonkeyOptionColumnsAreNamedByQuestionAndOption() throws Exception {
        NeedsQuestionsException e = catchThrowableOfType(NeedsQuestionsException.class,
                () -> read("surveymonkey.csv"));
        WideLayout layout = e.layout();
        assertThat(layout.tool()).isEqualTo(SurveyTool.SURVEYMONKEY);
        assertThat(layout.headerRows()).isEqualTo(2);
        assertThat(layout.dateColumn()).isEqualTo(3);
        assertThat(layout.questionColumns()).containsExactly(9, 10, 11, 12, 13, 14, 15);
        assertThat(layout.columns().text(12)).isEqualTo("Which of these did you use? - Store");
        assertThatThrownBy(() -> read("surveymonkey.csv", new SurveyQuestion("Which", "Myymälä", "csat")))
                .isInstanceOf(SurveyFileException.class)
                .hasMessageStartingWith("surveymonkey.csv:1:1: \"Which\" fits 3 columns: L \"Which of these did you "
                        + "use? - Web shop\", M \"Which of these did you use? - Store\"");
    }

    @Test
    void qualtricsWithThreeHeaderRowsAndSeveralMetricsAtOneTouchpoint() throws Exception {
        SurveyImportResult r = read("qualtrics.csv",
                new SurveyQuestion("Q1", "Asiakaspalvelu", "nps"),
                new SurveyQuestion("Q2", "Asiakaspalvelu", "csat"),
                new SurveyQuestion("The company made it easy", "Asiakaspalvelu", "ces"));
        assertThat(r.rowsRead()).isEqualTo(5);
        assertThat(r.scores()).hasSize(3);
        // NPS 9, 10, 5, (blank), 8: 2 promoters, 1 passive, 1 detractor of 4 → 25.
        MetricResult nps = score(r, "Asiakaspalvelu", "nps");
        assertThat(nps.n()).isEqualTo(4);
        assertThat(nps.value()).isCloseTo(25.0, within(1e-9));
        assertThat(nps.from()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(nps.to()).isEqualTo(LocalDate.of(2026, 11, 6));
        // CSAT "Extremely satisfied" 5, "Somewhat satisfied" 4, "Extremely dissatisfied" 1, neither 3, (blank):
        // 2 of 4 = 50 %, mean 13 / 4 = 3.25.
        MetricResult csat = score(r, "Asiakaspalvelu", "csat");
        assertThat(csat.n()).isEqualTo(4);
        assertThat(csat.value()).isCloseTo(50.0, within(1e-9));
        assertThat(csat.extras().get("mean")).isCloseTo(3.25, within(1e-9));
        // CES 7, 6, 3, (bad), 5: mean 21 / 4 = 5.25, agreeing 3 of 4 = 75 %.
        MetricResult ces = score(r, "Asiakaspalvelu", "ces");
        assertThat(ces.n()).isEqualTo(4);
        assertThat(ces.value()).isCloseTo(5.25, within(1e-9));
        assertThat(ces.extras().get("agreePct")).isCloseTo(75.0, within(1e-9));
        assertThat(r.rejected()).hasSize(1);
        assertThat(r.rejected().getFirst().in(Localization.ENGLISH)).isEqualTo("qualtrics.csv:7:21: column U (Q3) "
                + "\"The company made it easy for me to handle my issue.\": \"Strongly agreee\" is neither a number "
                + "nor a label of the CES scale; add it to the label table with the number it stands for");
    }

    @Test
    void qualtricsDerivedColumnsAreNoQuestionsButCanBeNamed() throws Exception {
        NeedsQuestionsException e = catchThrowableOfType(NeedsQuestionsException.class, () -> read("qualtrics.csv"));
        assertThat(e.layout().tool()).isEqualTo(SurveyTool.QUALTRICS);
        assertThat(e.layout().headerRows()).isEqualTo(3);
        assertThat(e.layout().dateColumn()).isEqualTo(7);
        assertThat(e.layout().describeQuestions()).containsExactly(
                "R (Q1) \"How likely are you to recommend Kauppa Oy to a friend or colleague?\"",
                "T (Q2) \"How satisfied were you with our customer service?\"",
                "U (Q3) \"The company made it easy for me to handle my issue.\"",
                "V (Q4) \"Please tell us more.\"");
        assertThat(e.getMessage()).startsWith("qualtrics.csv:1:1: a wide survey file (Qualtrics: one row per "
                + "respondent, one column per question)");
        // Mapped on purpose, the group column is read like any other: its words are no NPS answers.
        SurveyImportResult r = read("qualtrics.csv", new SurveyQuestion("Q1_NPS_GROUP", "Asiakaspalvelu", "nps"));
        assertThat(r.rejectedCount()).isEqualTo(4);
        assertThat(r.rejected().getFirst().column()).isEqualTo(19);
    }

    @Test
    void mappingsAreCheckedAgainstTheHeaderAndTheMetrics() {
        assertThatThrownBy(() -> read("google-forms.csv", new SurveyQuestion("Rating", "Kassa", "nps")))
                .isInstanceOf(SurveyFileException.class)
                .hasMessage("google-forms.csv:1:1: no column \"Rating\"; the columns are A \"Timestamp\", "
                        + "B \"Email address\", C \"How likely are you to recommend Kauppa Oy to a friend or "
                        + "colleague?\", D \"How satisfied were you with the checkout?\", E \"It was easy to find "
                        + "what I needed.\", F \"Did we solve your issue on the first contact?\", G \"Anything else "
                        + "you would like to tell us?\"");
        assertThatThrownBy(() -> read("google-forms.csv", new SurveyQuestion("C", "Kassa", "happiness")))
                .hasMessage("google-forms.csv:1:3: unknown metric \"happiness\"; use nps, csat, ces, fcr, emotion");
        assertThatThrownBy(() -> read("google-forms.csv", new SurveyQuestion("C", "Kassa", "nps"),
                new SurveyQuestion("How likely", "kassa", "NPS")))
                .hasMessageContaining("column C \"How likely are you to recommend Kauppa Oy to a friend or colleague?\" "
                        + "is mapped twice");
    }

    @Test
    void typeformPutsItsMetadataAfterTheQuestions() throws Exception {
        String csv = "#,How likely are you to recommend us?,How satisfied were you?,Start Date (UTC),Submit Date (UTC),"
                + "Network ID\nabc123,9,Very satisfied,2026-11-03 10:00:00,2026-11-03 10:02:11,1a2b\n"
                + "def456,,Satisfied,2026-11-04 23:59:00,2026-11-05 00:01:00,3c4d\n";
        SurveyImportResult r = SurveyImporter.importCsv(new java.io.ByteArrayInputStream(
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "typeform.csv", -1, SurveyImportOptions.defaults()
                .withQuestions(List.of(new SurveyQuestion("B", "Verkko", "nps"), new SurveyQuestion("C", "Verkko", "csat"))));
        assertThat(score(r, "Verkko", "nps").n()).isEqualTo(1);
        assertThat(score(r, "Verkko", "nps").value()).isEqualTo(100.0);
        MetricResult csat = score(r, "Verkko", "csat");
        assertThat(csat.n()).isEqualTo(2);
        // Dated by Submit Date: the second answer was sent after midnight.
        assertThat(csat.to()).isEqualTo(LocalDate.of(2026, 11, 5));
        WideLayout layout = WideLayout.detect(List.of(List.of(csv.lines().findFirst().orElseThrow().split(","))));
        assertThat(layout.tool()).isEqualTo(SurveyTool.TYPEFORM);
        assertThat(layout.questionColumns()).containsExactly(1, 2);
        assertThat(layout.dateColumn()).isEqualTo(4);
    }

    @Test
    void aLongTableIsStillReadAsOne() throws Exception {
        SurveyImportResult r = SurveyImporter.importCsv(new java.io.ByteArrayInputStream(
                "touchpoint,metric,value,date\nKassa,nps,10,2026-11-03\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "pitka.csv", -1, SurveyImportOptions.defaults());
        assertThat(r.scores()).hasSize(1);
        assertThat(r.scores().getFirst().result().value()).isEqualTo(100.0);
        // A long table lacking a column is told so, even with a column a survey tool also writes.
        assertThatThrownBy(() -> SurveyImporter.importCsv(new java.io.ByteArrayInputStream(
                "kosketuspiste;mittari;vastaaja\nKassa;nps;1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "pitka.csv", -1, SurveyImportOptions.defaults()))
                .hasMessage("pitka.csv:1:1: no \"value\" column; the header has kosketuspiste, mittari, vastaaja");
    }
}
