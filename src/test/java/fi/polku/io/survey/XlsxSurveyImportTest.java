package fi.polku.io.survey;

import fi.polku.io.Problem;
import fi.polku.text.Localization;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxSurveyImportTest {
    @TempDir
    Path dir;

    /** A workbook with a cover sheet and an answers sheet; dates are real Excel dates, one value is text. */
    private Path workbook() throws Exception {
        Path file = dir.resolve("vastaukset.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet cover = wb.createSheet("Kansilehti");
            cover.createRow(0).createCell(0).setCellValue("Asiakaskysely syksy 2026");
            Sheet answers = wb.createSheet("Vastaukset");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d.m.yyyy"));
            CellStyle wholeNumber = wb.createCellStyle();
            wholeNumber.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0"));
            Row header = answers.createRow(0);
            String[] names = {"Touchpoint", "Metric", "Value", "Date", "Channel"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Object[][] rows = {
                    {"Kassajono", "ces", 6.0, LocalDate.of(2026, 9, 2)},
                    {"KASSAJONO", "ces", 3.0, LocalDate.of(2026, 9, 14)},
                    {"Tervehdys", "emotion", 2.5, null},
                    {"Tervehdys", "nps", "kymmenen", null},
                    {"Yhteydenottö", "fcr", "kyllä", LocalDate.of(2026, 10, 1)}};
            for (int r = 0; r < rows.length; r++) {
                Row row = answers.createRow(r + 1);
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue((String) rows[r][1]);
                if (rows[r][2] instanceof Double d) {
                    row.createCell(2).setCellValue(d);
                    row.getCell(2).setCellStyle(wholeNumber);
                } else {
                    row.createCell(2).setCellValue((String) rows[r][2]);
                }
                if (rows[r][3] instanceof LocalDate date) {
                    row.createCell(3).setCellValue(date);
                    row.getCell(3).setCellStyle(dateStyle);
                }
                // Column D is left empty on some rows: cells must stay in their columns.
                row.createCell(4).setCellValue("myymälä");
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void namedSheetIsReadWithDatesAndUnroundedNumbers() throws Exception {
        long[] progress = new long[3];
        SurveyImportResult r = SurveyImporter.importFile(workbook(), SurveyImportOptions.defaults()
                .withSheet("vastaukset").withMap(SurveyFixtures.storeMap())
                .withProgress((rows, read, total) -> {
                    progress[0] = rows;
                    progress[1] = read;
                    progress[2] = total;
                }));
        assertThat(progress[0]).isEqualTo(5);
        assertThat(progress[1]).isPositive().isLessThanOrEqualTo(progress[2]);
        assertThat(r.rowsRead()).isEqualTo(5);
        assertThat(r.rejected()).extracting(p -> p.in(Localization.ENGLISH))
                .containsExactly("vastaukset.xlsx:5:3: NPS answer \"kymmenen\" is not a number");
        ImportedScore ces = r.scores().getFirst();
        assertThat(ces.touchpointId()).isEqualTo("t-queue");
        assertThat(ces.result().value()).isEqualTo(4.5);
        assertThat(ces.measurement().dateFrom()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(ces.measurement().date()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(ces.measurement().source()).isEqualTo("vastaukset.xlsx");
        ImportedScore emotion = r.scores().get(1);
        assertThat(emotion.touchpointId()).isEqualTo("t-greet");
        assertThat(emotion.result().value()).isEqualTo(2.5);
        assertThat(r.scores().get(2).touchpointId()).isEqualTo("t-call");
        assertThat(r.scores().get(2).result().value()).isEqualTo(100.0);
    }

    @Test
    void firstSheetIsReadWhenNoneIsNamed() throws Exception {
        Path file = workbook();
        assertThatThrownBy(() -> SurveyImporter.importFile(file, SurveyImportOptions.defaults()))
                .isInstanceOf(SurveyFileException.class)
                .hasMessageContaining("vastaukset.xlsx:1:1: no \"touchpoint\", \"metric\", \"value\" columns");
    }

    @Test
    void unknownSheetNamesTheSheetsThereAre() throws Exception {
        Path file = workbook();
        assertThatThrownBy(() -> SurveyImporter.importFile(file, SurveyImportOptions.defaults().withSheet("Data")))
                .hasMessage("vastaukset.xlsx: no sheet named \"Data\"; the sheets are Kansilehti, Vastaukset");
    }

    @Test
    void cancellingStopsAWorkbookImportMidSheet() throws Exception {
        Path file = workbook();
        int[] rows = new int[1];
        SurveyImportOptions options = SurveyImportOptions.defaults().withSheet("Vastaukset")
                .withCancelled(() -> ++rows[0] > 3);
        assertThatThrownBy(() -> SurveyImporter.importFile(file, options))
                .isInstanceOf(java.util.concurrent.CancellationException.class)
                .hasMessage("import of vastaukset.xlsx cancelled at line 4");
    }

    /** A copy of the test workbook with one part cut off halfway, as a broken download leaves it. */
    private Path truncated(String part) throws Exception {
        Path file = dir.resolve("katkennut.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes, 0, e.getName().equals(part) ? bytes.length / 2 : bytes.length);
                out.closeEntry();
            }
        }
        return file;
    }

    private static long sharedStringsFiles() throws Exception {
        Path poi = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(poi)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(poi)) {
            return files.filter(p -> p.getFileName().toString().startsWith("poi-shared-strings")).count();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xl/sharedStrings.xml", "xl/worksheets/sheet2.xml"})
    void aBrokenPartIsRefusedAsUnreadableAndLeavesNoTemporaryFile(String part) throws Exception {
        Path file = truncated(part);
        long before = sharedStringsFiles();
        assertThatThrownBy(() -> SurveyImporter.importFile(file, SurveyImportOptions.defaults()
                .withSheet("Vastaukset")))
                .isInstanceOf(SurveyFileException.class)
                .hasMessageStartingWith("katkennut.xlsx: not a readable Excel workbook (.xlsx)");
        assertThat(sharedStringsFiles()).isEqualTo(before);
    }

    @Test
    void aCancelledWorkbookImportLeavesNoTemporaryFile() throws Exception {
        Path file = workbook();
        long before = sharedStringsFiles();
        assertThatThrownBy(() -> SurveyImporter.importFile(file, SurveyImportOptions.defaults()
                .withSheet("Vastaukset").withCancelled(() -> true)))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(sharedStringsFiles()).isEqualTo(before);
    }

    @Test
    void textWithMixedFormattingReadsAsItsPlainText() throws Exception {
        Path file = dir.resolve("muotoiltu.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Vastaukset");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("touchpoint");
            header.createCell(1).setCellValue("metric");
            header.createCell(2).setCellValue("value");
            Row row = sheet.createRow(1);
            XSSFRichTextString name = new XSSFRichTextString("Kassajono");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            name.applyFont(0, 5, bold);
            row.createCell(0).setCellValue(name);
            row.createCell(1).setCellValue("ces");
            row.createCell(2).setCellValue(5);
            wb.write(out);
        }
        SurveyImportResult r = SurveyImporter.importFile(file,
                SurveyImportOptions.defaults().withMap(SurveyFixtures.storeMap()));
        assertThat(r.scores()).extracting(ImportedScore::touchpointId).containsExactly("t-queue");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedInOneLine() throws Exception {
        Path file = dir.resolve("rikki.xlsx");
        Files.writeString(file, "touchpoint,metric,value\n");
        assertThatThrownBy(() -> SurveyImporter.importFile(file, SurveyImportOptions.defaults()))
                .isInstanceOf(SurveyFileException.class)
                .hasMessageStartingWith("rikki.xlsx: not a readable Excel workbook (.xlsx)");
    }
}
