package fi.polku.io.survey;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyPreviewTest {
    @TempDir
    Path dir;

    @Test
    void csvPreviewHasTheHeaderAndOnlyTheFirstRows() throws Exception {
        StringBuilder csv = new StringBuilder("Kosketuspiste;Mittari;Arvo\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("Kassa;nps;").append(i % 11).append('\n');
        }
        Path file = dir.resolve("kysely.csv");
        Files.writeString(file, csv);

        SurveyPreview preview = SurveyPreview.read(file, null, 3);

        assertThat(preview.sheets()).isEmpty();
        assertThat(preview.header()).containsExactly("Kosketuspiste", "Mittari", "Arvo");
        assertThat(preview.rows()).containsExactly(List.of("Kassa", "nps", "0"), List.of("Kassa", "nps", "1"),
                List.of("Kassa", "nps", "2"));
    }

    @Test
    void xlsxPreviewListsTheSheetsAndReadsTheChosenOne() throws Exception {
        Path file = dir.resolve("vastaukset.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Kansilehti").createRow(0).createCell(0).setCellValue("Syksy 2026");
            Sheet answers = wb.createSheet("Vastaukset");
            String[][] cells = {{"Touchpoint", "Metric", "Value"}, {"Kassa", "csat", "5"}, {"Kassa", "csat", "4"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = answers.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            wb.write(out);
        }

        SurveyPreview first = SurveyPreview.read(file, null, 5);
        SurveyPreview chosen = SurveyPreview.read(file, "vastaukset", 5);

        assertThat(first.sheets()).containsExactly("Kansilehti", "Vastaukset");
        assertThat(first.header()).containsExactly("Syksy 2026");
        assertThat(chosen.header()).containsExactly("Touchpoint", "Metric", "Value");
        assertThat(chosen.rows()).hasSize(2);
    }

    @Test
    void anUnknownFileTypeIsRefusedWithItsName() throws Exception {
        Path file = dir.resolve("kysely.pdf");
        Files.writeString(file, "%PDF");

        assertThatThrownBy(() -> SurveyPreview.read(file, null, 5)).isInstanceOf(SurveyFileException.class)
                .hasMessageContaining("kysely.pdf").hasMessageContaining(".csv or .xlsx");
    }
}
