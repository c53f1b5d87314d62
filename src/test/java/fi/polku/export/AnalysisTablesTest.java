package fi.polku.export;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import fi.polku.io.MapFileException;
import fi.polku.io.MapFiles;
import fi.polku.layout.MetricLabels;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.TargetStatus;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.FactorSource;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Opportunity;
import fi.polku.model.Touchpoint;
import fi.polku.model.ValueFactor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The opportunities and the analysis leave the app in a spreadsheet, in the map's language, with live formulas. */
class AnalysisTablesTest {
    @TempDir
    Path dir;

    /** The store-bus sample, whose catalogue opportunity is worth 468,000 € a year, with sources for two factors. */
    private static JourneyMap storeBus(String language) {
        JourneyMap map;
        try {
            map = MapFiles.load(Path.of("assets/samples/store-bus.polku.json")).withLanguage(language);
        } catch (MapFileException e) {
            throw new IllegalStateException(e);
        }
        List<Opportunity> opportunities = new ArrayList<>(map.opportunities());
        Opportunity o1 = opportunities.getFirst();
        opportunities.set(0, new Opportunity(o1.id(), o1.text(), o1.touchpointIds(), o1.estimate().withSources(Map.of(
                ValueFactor.CUSTOMERS_PER_OCCURRENCE, new FactorSource(EvidenceLevel.OBSERVED, "ticket counts, week 44"),
                ValueFactor.SHARE_CONVERTING, new FactorSource(EvidenceLevel.ASSUMED, "")))));
        return map.withOpportunities(opportunities);
    }

    private static List<String> headers(Table table) {
        return table.columns().stream().map(TableColumn::header).toList();
    }

    @Test
    void opportunityAndAnalysisHeadersSpeakTheMapsLanguage() {
        assertThat(AnalysisTables.opportunities(storeBus("en")).name()).isEqualTo("Opportunities");
        assertThat(headers(AnalysisTables.opportunities(storeBus("en")))).containsExactly("ID", "Opportunity",
                "Touchpoints", "Customers per occurrence", "Share converting", "Value per customer",
                "Occurrences per day", "Days per year", "Customers per occurrence: source", "Share converting: source",
                "Value per customer: source", "Occurrences per day: source", "Days per year: source", "Currency",
                "Value per year", "Formula");
        assertThat(AnalysisTables.opportunities(storeBus("fi")).name()).isEqualTo("Mahdollisuudet");
        assertThat(headers(AnalysisTables.opportunities(storeBus("fi")))).containsExactly("Tunnus", "Mahdollisuus",
                "Kosketuspisteet", "Asiakkaita kerralla", "Ostajien osuus", "Arvo asiakasta kohden", "Kertaa päivässä",
                "Päiviä vuodessa", "Asiakkaita kerralla: lähde", "Ostajien osuus: lähde", "Arvo asiakasta kohden: lähde",
                "Kertaa päivässä: lähde", "Päiviä vuodessa: lähde", "Valuutta", "Arvo vuodessa", "Laskelma");
        assertThat(AnalysisTables.analysis(storeBus("en")).name()).isEqualTo("Analysis");
        assertThat(headers(AnalysisTables.analysis(storeBus("en")))).containsExactly("ID", "Stage", "Lane", "Touchpoint",
                "Metric", "Unit", "Value", "Target", "Status", "Gap", "Importance", "Quadrant", "Priority");
        assertThat(AnalysisTables.analysis(storeBus("fi")).name()).isEqualTo("Analyysi");
        assertThat(headers(AnalysisTables.analysis(storeBus("fi")))).containsExactly("Tunnus", "Vaihe", "Kaista",
                "Kosketuspiste", "Mittari", "Yksikkö", "Arvo", "Tavoite", "Tila", "Vaje", "Tärkeys", "Nelikenttä",
                "Prioriteetti");
    }

    @Test
    void anOpportunityRowHasItsFactorsSourcesValueAndFormulaInWords() {
        Table en = AnalysisTables.opportunities(storeBus("en"));
        assertThat(en.rows()).hasSize(3);
        assertThat(en.cell(0, "Touchpoints").toString()).contains(", ");
        assertThat(en.cell(0, "Customers per occurrence")).isEqualTo(40.0);
        assertThat(en.cell(0, "Share converting")).isEqualTo(0.125);
        assertThat(en.cell(0, "Customers per occurrence: source")).isEqualTo("observed – ticket counts, week 44");
        assertThat(en.cell(0, "Share converting: source")).isEqualTo("assumed");
        assertThat(en.cell(0, "Value per customer: source")).isNull();
        assertThat(en.cell(0, "Currency")).isEqualTo("EUR");
        assertThat(((TableProduct) en.cell(0, "Value per year")).value()).isCloseTo(468_000, within(1e-6));
        assertThat(en.cell(0, "Formula"))
                .isEqualTo("40 customers × 12.5% × €20 × 13 a day × 360 days = €468,000");
        assertThat(en.cell(1, "Value per year")).isNull();
        Table fi = AnalysisTables.opportunities(storeBus("fi"));
        assertThat(fi.cell(0, "Asiakkaita kerralla: lähde")).isEqualTo("havaittu – ticket counts, week 44");
        assertThat(fi.cell(0, "Laskelma").toString().replace('\u00a0', ' ').replace('\u202f', ' '))
                .isEqualTo("40 asiakasta × 12,5 % × 20 € × 13 kertaa päivässä × 360 päivää = 468 000 €");
    }

    @Test
    void theWorkbooksYearlyValueIsAFormulaOfTheFactorsThatPoiEvaluatesToTheModelsValue() throws IOException {
        JourneyMap map = storeBus("fi");
        Path file = dir.resolve("map.xlsx");
        MapExporter.export(map, ExportFormat.XLSX, ExportSamples.options(map), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetName(0)).isEqualTo("Kosketuspisteet");
            assertThat(book.getSheetName(2)).isEqualTo("Mahdollisuudet");
            assertThat(book.getSheetName(3)).isEqualTo("Analyysi");
            Sheet sheet = book.getSheet("Mahdollisuudet");
            List<String> names = new ArrayList<>();
            sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
            Cell value = sheet.getRow(1).getCell(names.indexOf("Arvo vuodessa"));
            assertThat(value.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(value.getCellFormula()).isEqualTo("D2*E2*F2*G2*H2");
            assertThat(value.getNumericCellValue()).as("cached").isCloseTo(468_000, within(1e-6));
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(value).getNumberValue()).isCloseTo(468_000, within(1e-6));
            for (Row row : sheet) {
                Cell c = row.getCell(names.indexOf("Arvo vuodessa"));
                if (row.getRowNum() > 0 && c != null) {
                    Opportunity o = map.opportunities().get(row.getRowNum() - 1);
                    assertThat(evaluator.evaluate(c).getNumberValue()).isEqualTo(o.estimate().yearlyValue());
                }
            }
            // A client halves the share converting: the value follows.
            sheet.getRow(1).getCell(names.indexOf("Ostajien osuus")).setCellValue(0.0625);
            evaluator.clearAllCachedResultValues();
            assertThat(evaluator.evaluate(value).getNumberValue()).isCloseTo(234_000, within(1e-6));
        }
    }

    @Test
    void analysisRowsAreTheMeasuredRowsOfTouchpointAnalysisWithTheGapInTheMetricsOwnUnit() {
        JourneyMap map = storeBus("en");
        Table table = AnalysisTables.analysis(map);
        Crosshair crosshair = Crosshair.values()[0];
        int expected = 0;
        for (MetricDefinition m : TouchpointTables.usedMetrics(map)) {
            for (TouchpointRow r : TouchpointAnalysis.of(map, m.id(), crosshair).rows()) {
                if (r.measurement() == null) {
                    continue;
                }
                expected++;
                assertThat(rowOf(table, r.touchpoint().id(), MetricLabels.name(m, Locale.ENGLISH), table.rows().size()))
                        .as("%s %s", r.touchpoint().id(), m.id()).isNotNegative();
            }
        }
        assertThat(table.rows()).hasSize(expected).isNotEmpty();
        for (int row = 0; row < table.rows().size(); row++) {
            int i = row;
            String id = (String) table.cell(i, "ID");
            Touchpoint t = map.touchpoint(id).orElseThrow();
            MetricDefinition m = map.allMetrics().stream()
                    .filter(d -> MetricLabels.name(d, Locale.ENGLISH).equals(table.cell(i, "Metric")))
                    .findFirst().orElseThrow();
            TouchpointRow r = TouchpointAnalysis.of(map, m.id(), crosshair).rows().stream()
                    .filter(x -> x.touchpoint().id().equals(id)).findFirst().orElseThrow();
            assertThat(table.cell(i, "Touchpoint")).isEqualTo(t.title());
            assertThat(table.cell(i, "Value")).isEqualTo(r.measurement().value());
            assertThat(table.cell(i, "Target")).isEqualTo(r.target());
            assertThat(table.cell(i, "Status")).isEqualTo(r.status().text().in(Locale.ENGLISH));
            assertThat(table.cell(i, "Quadrant")).isEqualTo(r.quadrant() == null ? null
                    : r.quadrant().text().in(Locale.ENGLISH));
            assertThat(table.cell(i, "Importance")).isEqualTo(r.importance());
            if (r.priority() == null) {
                assertThat(table.cell(i, "Priority")).isNull();
            } else {
                assertThat((Double) table.cell(i, "Priority")).isCloseTo(r.priority(), within(0.005));
            }
            if (r.gap() == null) {
                assertThat(table.cell(i, "Gap")).isNull();
            } else if (r.status() == TargetStatus.BELOW) {
                assertThat((Double) table.cell(i, "Gap")).isCloseTo(Math.abs(r.target() - r.measurement().value()),
                        within(1e-9));
            } else {
                assertThat(table.cell(i, "Gap")).isEqualTo(0.0);
            }
        }
    }

    @Test
    void aCesBelowItsTargetShowsItsGapInCesPoints() {
        JourneyMap map = storeBus("en");
        Touchpoint t = map.touchpoints().getFirst();
        Touchpoint measured = t.withMeasurements(List.of(new Measurement("ces", 5.2, null, null, null, null, null, "",
                EvidenceLevel.OBSERVED))).withTargets(Map.of("ces", 6.0));
        List<Touchpoint> all = new ArrayList<>(map.touchpoints());
        all.set(0, measured);
        Table table = AnalysisTables.analysis(map.withTouchpoints(all));
        int row = rowOf(table, t.id(), "CES", table.rows().size());
        assertThat(table.cell(row, "Value")).isEqualTo(5.2);
        assertThat(table.cell(row, "Target")).isEqualTo(6.0);
        assertThat(table.cell(row, "Status")).isEqualTo("Below target");
        assertThat(table.cell(row, "Gap")).isEqualTo(0.8);
    }

    @Test
    void aCsvFileHoldsTheChosenTable() throws IOException {
        JourneyMap map = storeBus("en");
        Path file = dir.resolve("o.csv");
        MapExporter.export(map, ExportFormat.CSV, ExportSamples.options(map), ExportTable.OPPORTUNITIES, file,
                ExportProgress.NONE);
        List<List<String>> rows = readCsv(file);
        assertThat(rows.getFirst()).startsWith("ID", "Opportunity");
        assertThat(rows.get(1)).contains("468000", "0.125", "EUR");
        Path analysis = dir.resolve("a.csv");
        MapExporter.export(map, ExportFormat.CSV, ExportSamples.options(map), ExportTable.ANALYSIS, analysis,
                ExportProgress.NONE);
        assertThat(readCsv(analysis).getFirst()).contains("Quadrant", "Gap", "Priority");
    }

    /** The row of a touchpoint (and metric, when given), or -1. */
    private static int rowOf(Table table, String id, String metric, int rows) {
        for (int i = 0; i < rows; i++) {
            if (id.equals(table.cell(i, "ID")) && (metric == null || metric.equals(table.cell(i, "Metric")))) {
                return i;
            }
        }
        return -1;
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
