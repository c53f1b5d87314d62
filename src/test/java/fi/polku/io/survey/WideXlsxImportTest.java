package fi.polku.io.survey;

import fi.polku.metrics.MetricResult;
import fi.polku.text.Localization;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static fi.polku.io.survey.WideSurveyImportTest.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Wide XLSX exports written with POI as Microsoft Forms and Webropol lay them out, each with numbers, labels,
 * blanks and one bad label; the expected scores are counted by hand in the comments.
 */
class WideXlsxImportTest {
    @TempDir
    Path dir;

    /**
     * Microsoft Forms: ID, Start time, Completion time (Excel date cells), Email, Name, then one column per
     * question; numbers as number cells, choices as their labels.
     */
    static Path microsoftForms(Path file) throws Exception {
        Object[][] rows = {
                {"ID", "Start time", "Completion time", "Email", "Name", "How likely are you to recommend us to a friend?",
                        "How satisfied are you with the delivery?", "Was your issue solved on the first contact?"},
                {1, at(3, 10, 1), at(3, 10, 5), "anonymous", "", 10, "Very satisfied", "Yes"},
                {2, at(4, 9, 0), at(4, 9, 2), "anonymous", "", 6, "Dissatisfied", "No"},
                {3, at(4, 13, 30), at(4, 13, 33), "anonymous", "", 9, "Satisfied", ""},
                {4, at(5, 8, 10), at(5, 8, 15), "anonymous", "", "", "Ok I guess", "Yes"},
                {5, at(6, 18, 0), at(6, 18, 4), "anonymous", "", 8, "Very satisfied", "No"},
        };
        return write(file, "Sheet1", rows);
    }

    /** Webropol-style: Finnish respondent and answer-time columns, times as text, Finnish scale labels. */
    static Path webropol(Path file) throws Exception {
        Object[][] rows = {
                {"Vastaaja", "Vastausaika", "Kuinka todennäköisesti suosittelisit Kauppa Oy:tä ystävällesi tai kollegallesi?",
                        "Kuinka tyytyväinen olit asiointiin myymälässä?", "Asiani hoitaminen oli helppoa.",
                        "Saitko asiasi hoidettua ensimmäisellä yhteydenotolla?", "Vapaa palaute"},
                {1, "3.11.2026 10.15.22", "10 - Erittäin todennäköisesti", "Erittäin tyytyväinen", "Täysin samaa mieltä",
                        "Kyllä", "Kiitos"},
                {2, "3.11.2026 12.40.05", 8, "Tyytyväinen", "Jokseenkin samaa mieltä", "Kyllä", ""},
                {3, "4.11.2026 9.03.44", 4, "Ei tyytyväinen eikä tyytymätön", "Jokseenkin eri mieltä", "Ei", ""},
                {4, "5.11.2026 16.20.00", "0 - En lainkaan todennäköisesti", "Erittäin tyytymätön", "Täysin eri mieltä",
                        "Ei", "Jonot!"},
                {5, "6.11.2026 8.00.00", "", "Ihan ok", "Ei samaa eikä eri mieltä", "", ""},
                {6, "6.11.2026 9.30.00", 9, "Tyytyväinen", "", "Kyllä", ""},
        };
        return write(file, "Vastaukset", rows);
    }

    private static LocalDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute);
    }

    private static Path write(Path file, String sheetName, Object[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy h:mm:ss"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String s && s.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (v) {
                        case Integer i -> cell.setCellValue(i);
                        case LocalDateTime t -> {
                            cell.setCellValue(t);
                            cell.setCellStyle(dateStyle);
                        }
                        default -> cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void microsoftFormsByColumnLetters() throws Exception {
        Path file = microsoftForms(dir.resolve("Asiakaskysely(1-5).xlsx"));
        SurveyImportResult r = SurveyImporter.importFile(file, SurveyImportOptions.defaults().withQuestions(List.of(
                new SurveyQuestion("F", "Toimitus", "nps"), new SurveyQuestion("G", "Toimitus", "csat"),
                new SurveyQuestion("H", "Toimitus", "fcr"))));
        assertThat(r.rowsRead()).isEqualTo(5);
        // NPS 10, 6, 9, (blank), 8: 2 promoters, 1 passive, 1 detractor of 4 → 25.
        MetricResult nps = score(r, "Toimitus", "nps");
        assertThat(nps.n()).isEqualTo(4);
        assertThat(nps.value()).isCloseTo(25.0, within(1e-9));
        // Dates from the Completion time cells.
        assertThat(nps.from()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(nps.to()).isEqualTo(LocalDate.of(2026, 11, 6));
        // CSAT 5, 2, 4, (bad), 5: 3 of 4 = 75 %, mean 16 / 4 = 4.
        MetricResult csat = score(r, "Toimitus", "csat");
        assertThat(csat.n()).isEqualTo(4);
        assertThat(csat.value()).isCloseTo(75.0, within(1e-9));
        assertThat(csat.extras().get("mean")).isCloseTo(4.0, within(1e-9));
        // FCR yes, no, (blank), yes, no: 2 of 4 = 50 %.
        assertThat(score(r, "Toimitus", "fcr").n()).isEqualTo(4);
        assertThat(score(r, "Toimitus", "fcr").value()).isCloseTo(50.0, within(1e-9));
        assertThat(r.rejectedCount()).isEqualTo(1);
        assertThat(r.rejected().getFirst().in(Localization.ENGLISH)).isEqualTo("Asiakaskysely(1-5).xlsx:5:7: column G "
                + "\"How satisfied are you with the delivery?\": \"Ok I guess\" is neither a number nor a label of the "
                + "CSAT scale; add it to the label table with the number it stands for");
    }

    @Test
    void webropolInFinnish() throws Exception {
        Path file = webropol(dir.resolve("webropol.xlsx"));
        SurveyImportResult r = SurveyImporter.importFile(file, SurveyImportOptions.defaults().withQuestions(List.of(
                new SurveyQuestion("Kuinka todennäköisesti", "Myymälä", "nps"),
                new SurveyQuestion("kuinka TYYTYVÄINEN", "Myymälä", "csat"),
                new SurveyQuestion("Asiani hoitaminen oli helppoa.", "Myymälä", "ces"),
                new SurveyQuestion("Saitko", "Myymälä", "fcr"))));
        assertThat(r.rowsRead()).isEqualTo(6);
        // NPS 10, 8, 4, 0, (blank), 9: 2 promoters, 1 passive, 2 detractors of 5 → 0.
        MetricResult nps = score(r, "Myymälä", "nps");
        assertThat(nps.n()).isEqualTo(5);
        assertThat(nps.value()).isCloseTo(0.0, within(1e-9));
        assertThat(nps.from()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(nps.to()).isEqualTo(LocalDate.of(2026, 11, 6));
        // CSAT 5, 4, 3, 1, (bad), 4: 3 of 5 = 60 %, mean 17 / 5 = 3.4.
        MetricResult csat = score(r, "Myymälä", "csat");
        assertThat(csat.n()).isEqualTo(5);
        assertThat(csat.value()).isCloseTo(60.0, within(1e-9));
        assertThat(csat.extras().get("mean")).isCloseTo(3.4, within(1e-9));
        // CES 7, 5, 3, 1, 4, (blank): mean 20 / 5 = 4, agreeing 2 of 5 = 40 %.
        MetricResult ces = score(r, "Myymälä", "ces");
        assertThat(ces.n()).isEqualTo(5);
        assertThat(ces.value()).isCloseTo(4.0, within(1e-9));
        assertThat(ces.extras().get("agreePct")).isCloseTo(40.0, within(1e-9));
        // FCR kyllä, kyllä, ei, ei, (blank), kyllä: 3 of 5 = 60 %.
        assertThat(score(r, "Myymälä", "fcr").n()).isEqualTo(5);
        assertThat(score(r, "Myymälä", "fcr").value()).isCloseTo(60.0, within(1e-9));
        assertThat(r.rejected()).hasSize(1);
        assertThat(r.rejected().getFirst().in(Localization.FINNISH)).isEqualTo("webropol.xlsx:6:4: sarake D "
                + "\"Kuinka tyytyväinen olit asiointiin myymälässä?\": ”Ihan ok” ei ole luku eikä CSAT-asteikon "
                + "vastausvaihtoehto; lisää se vastausvaihtoehtojen taulukkoon sitä vastaavan luvun kanssa");
    }

    @Test
    void theToolIsRecognisedAndItsMetadataLeftOut() throws Exception {
        NeedsQuestionsException ms = org.assertj.core.api.Assertions.catchThrowableOfType(NeedsQuestionsException.class,
                () -> SurveyImporter.importFile(microsoftForms(dir.resolve("ms.xlsx")), SurveyImportOptions.defaults()));
        assertThat(ms.layout().tool()).isEqualTo(SurveyTool.MICROSOFT_FORMS);
        assertThat(ms.layout().dateColumn()).isEqualTo(2);
        assertThat(ms.layout().questionColumns()).containsExactly(5, 6, 7);
        NeedsQuestionsException webropol = org.assertj.core.api.Assertions.catchThrowableOfType(
                NeedsQuestionsException.class, () -> SurveyImporter.importFile(webropol(dir.resolve("w.xlsx")),
                        SurveyImportOptions.defaults()));
        assertThat(webropol.layout().tool()).isEqualTo(SurveyTool.WEBROPOL);
        assertThat(webropol.layout().dateColumn()).isEqualTo(1);
        assertThat(webropol.layout().questionColumns()).containsExactly(2, 3, 4, 5, 6);
        assertThat(webropol.getMessage()).isEqualTo(webropol.problem().in(Localization.ui()));
    }
}
