package fi.polku.export;

import fi.polku.text.Localization;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a consultant sees when opening an exported CSV or XLSX in Excel: typed, safe, complete. */
class TableExportTest {
    @TempDir
    Path dir;

    /** The Finnish sample map set to English, so that its headers and words are English. */
    private static JourneyMap englishStoreBus() {
        return ExportSamples.storeBus().withLanguage("en");
    }

    /** The (English) sample map with titles that a spreadsheet would otherwise run as formulas. */
    private static JourneyMap hostileMap() {
        JourneyMap map = englishStoreBus();
        List<Touchpoint> tps = new ArrayList<>(map.touchpoints());
        tps.set(0, tps.get(0).withTitle("=HYPERLINK(\"http://evil\",\"Klikkaa\")"));
        tps.set(1, tps.get(1).withTitle("+358 40 123 4567").withOwner("@asiakaspalvelu"));
        tps.set(2, tps.get(2).withTitle("-10 % alennus bussissa"));
        tps.set(3, tps.get(3).withTitle("\tpiilotettu"));
        return map.withTouchpoints(tps);
    }

    private List<List<String>> readCsv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void csvStartsWithAByteOrderMarkAndKeepsFinnishLettersInUtf8() throws IOException {
        Path file = dir.resolve("map.csv");
        MapExporter.export(ExportSamples.storeBus(), ExportFormat.CSV, ExportSamples.options(ExportSamples.storeBus()), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Oston jälkeen", "Myyjän tervehdys ja tarvekartoitus");
    }

    @Test
    void csvHasOneRowPerTouchpointWithTheMetricsEnginesStatusGapAndPriority() throws IOException {
        JourneyMap map = englishStoreBus();
        Path file = dir.resolve("map.csv");
        MapExporter.export(map, ExportFormat.CSV, ExportSamples.options(map), file);
        List<List<String>> rows = readCsv(file);
        assertThat(rows).hasSize(1 + map.touchpoints().size());
        List<String> header = rows.getFirst();
        assertThat(header).startsWith("ID", "Stage", "Lane", "Touchpoint", "Importance", "Emotion", "Evidence")
                .contains("NPS (points)", "NPS n", "NPS 95% low", "NPS 95% high", "NPS target", "NPS status", "NPS gap",
                        "NPS priority", "CSAT (%)", "CES", "FCR (%)");
        TouchpointRow expected = TouchpointAnalysis.of(map, "nps", Crosshair.DATA_MEANS).rows().stream()
                .filter(r -> r.touchpoint().id().equals("t3")).findFirst().orElseThrow();
        List<String> t3 = rows.stream().filter(r -> r.getFirst().equals("t3")).findFirst().orElseThrow();
        assertThat(t3.get(header.indexOf("Stage"))).isEqualTo("Ennen ostoa");
        assertThat(t3.get(header.indexOf("NPS (points)"))).isEqualTo("12.5");
        assertThat(t3.get(header.indexOf("NPS n"))).isEqualTo("64");
        assertThat(t3.get(header.indexOf("NPS 95% low"))).isEqualTo("-5.1");
        // The target 30 lies inside the interval, so the engine calls it "at target" with no gap.
        assertThat(t3.get(header.indexOf("NPS status"))).isEqualTo(expected.status().text().in(Localization.ENGLISH)).isEqualTo("At target");
        assertThat(t3.get(header.indexOf("NPS gap"))).isEqualTo("0");
        TouchpointRow ces = TouchpointAnalysis.of(map, "ces", Crosshair.DATA_MEANS).rows().stream()
                .filter(r -> r.touchpoint().id().equals("t5")).findFirst().orElseThrow();
        List<String> t5 = rows.stream().filter(r -> r.getFirst().equals("t5")).findFirst().orElseThrow();
        assertThat(t5.get(header.indexOf("CES status"))).isEqualTo("Below target");
        assertThat(Double.parseDouble(t5.get(header.indexOf("CES gap")))).isPositive()
                .isCloseTo(ces.gap(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(Double.parseDouble(t5.get(header.indexOf("CES priority"))))
                .isCloseTo(ces.priority(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(t5.get(header.indexOf("NPS status"))).isEmpty();
    }

    @Test
    void csvNeutralisesFormulaTextButLeavesNegativeNumbersNumeric() throws IOException {
        JourneyMap map = hostileMap();
        Path file = dir.resolve("hostile.csv");
        MapExporter.export(map, ExportFormat.CSV, ExportSamples.options(map), file);
        List<List<String>> rows = readCsv(file);
        List<String> header = rows.getFirst();
        List<String> titles = rows.stream().skip(1).map(r -> r.get(header.indexOf("Touchpoint"))).toList();
        assertThat(titles).contains("'=HYPERLINK(\"http://evil\",\"Klikkaa\")", "'+358 40 123 4567",
                "'-10 % alennus bussissa", "'\tpiilotettu");
        assertThat(rows.stream().skip(1).map(r -> r.get(header.indexOf("Owner")))).contains("'@asiakaspalvelu");
        assertThat(rows.stream().skip(1).map(r -> r.get(header.indexOf("NPS 95% low")))).contains("-5.1");
        assertThat(rows.stream().skip(1).map(r -> r.get(header.indexOf("Emotion")))).contains("-2");
    }

    @Test
    void xlsxHasTypedCellsBoldFrozenFilteredHeaderAndAMeasurementsSheet() throws IOException {
        JourneyMap map = hostileMap();
        Path file = dir.resolve("map.xlsx");
        MapExporter.export(map, ExportFormat.XLSX, ExportSamples.options(map), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("Touchpoints", "Measurements", "Opportunities", "Analysis");
            XSSFSheet sheet = book.getSheet("Touchpoints");
            Row header = sheet.getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            assertThat(sheet.getLastRowNum()).isEqualTo(map.touchpoints().size());
            Row t3 = rowOf(sheet, "t3");
            Cell low = t3.getCell(names.indexOf("NPS 95% low"));
            assertThat(low.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(low.getNumericCellValue()).isEqualTo(-5.1);
            assertThat(t3.getCell(names.indexOf("Importance")).getNumericCellValue()).isEqualTo(3.5);
            assertThat(t3.getCell(names.indexOf("Touchpoint")).getStringCellValue()).isEqualTo("'-10 % alennus bussissa");
            assertThat(rowOf(sheet, "t1").getCell(names.indexOf("Touchpoint")).getCellType()).isEqualTo(CellType.STRING);
            assertThat(rowOf(sheet, "t1").getCell(names.indexOf("Touchpoint")).getStringCellValue()).startsWith("'=");
            assertThat(sheet.getColumnWidth(names.indexOf("Touchpoint"))).isGreaterThan(sheet.getColumnWidth(0));
            var formatting = sheet.getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(TouchpointTables.usedMetrics(map).size());
            var statusRule = formatting.getConditionalFormattingAt(0);
            assertThat(statusRule.getFormattingRanges()[0].getFirstColumn()).isEqualTo(names.indexOf("NPS status"));
            assertThat(statusRule.getRule(0).getFormula1()).isEqualTo("\"Below target\"");

            Sheet measurements = book.getSheet("Measurements");
            long count = map.touchpoints().stream().mapToLong(t -> t.measurements().size()).sum();
            assertThat(measurements.getLastRowNum()).isEqualTo((int) count);
            assertThat(measurements.getPaneInformation().isFreezePane()).isTrue();
            assertThat(measurements.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    private static Row rowOf(Sheet sheet, String id) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no row " + id);
    }

    @Test
    void aFailedTableExportLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("old.csv");
        Files.writeString(file, "previous export");
        Object explodes = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("disk full half-way");
            }
        };
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rows.add(List.of("row " + i));
        }
        rows.add(java.util.Collections.singletonList(explodes));
        Table table = new Table("T", List.of(TableColumn.text("Title", 10)), rows, Localization.ENGLISH);
        assertThatThrownBy(() -> CsvTableWriter.write(table, file)).hasMessageContaining("half-way");
        assertThatThrownBy(() -> XlsxTableWriter.write(List.of(table), dir.resolve("old.xlsx")))
                .hasMessageContaining("half-way");
        assertThat(Files.readString(file)).isEqualTo("previous export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("old.csv");
        }
    }

    @Test
    void tablesFollowTheExportScopeAndHiddenLanes() throws IOException {
        JourneyMap map = ExportSamples.storeBus();
        Path file = dir.resolve("part.csv");
        MapExporter.export(map, ExportFormat.CSV, ExportSamples.options(map)
                .withScope(new ExportScope.StageRange("s2", "s3")).withHiddenLanes(java.util.Set.of("phone")), file);
        List<List<String>> rows = readCsv(file);
        assertThat(rows.stream().skip(1).map(List::getFirst)).containsExactlyInAnyOrder("t4", "t5", "t6", "t8");
    }
}
