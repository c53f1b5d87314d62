package fi.polku.export;

import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an export says follows the map's language, not the window's: a consultant with an English window
 * delivers a Finnish map to a Finnish client with a Finnish legend, header, lane labels and table headers.
 */
class MapLanguageExportTest {
    @TempDir
    Path dir;

    @AfterEach
    void restoreTheUiLanguage() {
        Localization.setUi(Localization.ENGLISH);
    }

    private static JourneyMap finnishMap() {
        return ExportSamples.storeBus();
    }

    private static JourneyMap englishMap() {
        return ExportSamples.storeBus().withLanguage("en");
    }

    private static List<String> svgTexts(JourneyMap map) throws Exception {
        String svg = MapExporter.svg(ExportPicture.of(map, ExportSamples.options(map)));
        NodeList nodes = SvgExportTest.parse(svg).getDocumentElement().getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(((Element) nodes.item(i)).getTextContent());
        }
        return texts;
    }

    @Test
    void aFinnishMapExportedFromAnEnglishWindowHasAFinnishLegendHeaderAndLaneLabels() throws Exception {
        Localization.setUi(Localization.ENGLISH);
        List<String> texts = svgTexts(finnishMap());
        assertThat(texts).contains("Tulos suhteessa tavoitteeseen", "alle tavoitteen", "tavoitteessa", "Näyttö",
                "havaittu", "päätelty", "oletettu", "Tärkeys", "1–5 tähteä", "Kanava · Verkko", "Kanava · Myymälä",
                "Tunnekäyrä", "Persoona: Eeva, 68, käy kaupungissa kerran viikossa  ·  2.11.2026");
        assertThat(texts).doesNotContain("Score against target", "Evidence", "observed", "Importance", "Channel · Web");
        // The evidence letters on the cards are the Finnish words' initials: havaittu, päätelty, oletettu.
        assertThat(texts).contains("H", "P").doesNotContain("I", "A");
    }

    @Test
    void anEnglishMapExportedFromAFinnishWindowHasAnEnglishLegendHeaderAndLaneLabels() throws Exception {
        Localization.setUi(Localization.FINNISH);
        List<String> texts = svgTexts(englishMap());
        assertThat(texts).contains("Score against target", "below target", "Evidence", "observed", "Importance",
                "1–5 stars", "Channel · Web", "Emotion curve",
                "Persona: Eeva, 68, käy kaupungissa kerran viikossa  ·  Nov 2, 2026");
        assertThat(texts).doesNotContain("Tulos suhteessa tavoitteeseen", "Näyttö", "Kanava · Verkko", "H", "P");
    }

    @Test
    void aMapWhoseCardsArePersonasShowsThePersonaKeyInItsLanguage() throws Exception {
        JourneyMap map = ExportSamples.storeBus();
        // The first two cards for Eeva (p1): the key names her under "Persoonat"; no card, no key.
        List<fi.polku.model.Touchpoint> cards = new ArrayList<>(map.touchpoints());
        for (int i = 0; i < 2; i++) {
            cards.set(i, cards.get(i).withPersonaIds(List.of("p1")));
        }
        JourneyMap marked = map.withTouchpoints(cards);
        assertThat(svgTexts(marked)).containsSubsequence("Tärkeys", "Persoonat",
                "Eeva, 68, käy kaupungissa kerran viikossa");
        assertThat(svgTexts(marked.withLanguage("en"))).contains("Personas").doesNotContain("Persoonat");
        assertThat(svgTexts(map)).doesNotContain("Persoonat", "Personas");
    }

    @Test
    void aFinnishMapExportedFromAnEnglishWindowHasFinnishCsvHeadersAndWords() throws IOException {
        Localization.setUi(Localization.ENGLISH);
        JourneyMap map = finnishMap();
        Path file = dir.resolve("kartta.csv");
        MapExporter.export(map, ExportFormat.CSV, ExportSamples.options(map), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        // Headers with spaces are quoted; the quotes are not part of the header.
        assertThat(lines.getFirst().substring(1).replace("\"", "")).startsWith("Tunnus,Vaihe,Kaista,Kosketuspiste,Tärkeys,Tunne,Näyttö,Omistaja,")
                .contains(",NPS (pistettä),NPS: n,NPS: alaraja (95 %),NPS: yläraja (95 %),NPS: tavoite,NPS: tila,"
                        + "NPS: vaje,NPS: prioriteetti,NPS: näyttö,", "CSAT (%)");
        String t3 = lines.stream().filter(l -> l.startsWith("t3,")).findFirst().orElseThrow();
        // Status and evidence words in Finnish; numbers stay canonical (a dot, no thousands separator).
        assertThat(t3).contains("Tavoitteessa", "havaittu", "12.5", "-5.1").doesNotContain("At target", "observed");
    }

    @Test
    void anEnglishMapHasEnglishCsvHeadersWhateverTheWindowSpeaks() throws IOException {
        Localization.setUi(Localization.FINNISH);
        JourneyMap map = englishMap();
        Path file = dir.resolve("map.csv");
        MapExporter.export(map, ExportFormat.CSV, ExportSamples.options(map), file);
        String header = Files.readAllLines(file, StandardCharsets.UTF_8).getFirst().substring(1).replace("\"", "");
        assertThat(header).startsWith("ID,Stage,Lane,Touchpoint,Importance,Emotion,Evidence,Owner,")
                .contains(",NPS (points),NPS n,NPS 95% low,NPS 95% high,NPS target,NPS status,NPS gap,");
    }

    @Test
    void aFinnishMapExportedFromAnEnglishWindowHasFinnishSheetsHeadersAndStatusColours() throws IOException {
        Localization.setUi(Localization.ENGLISH);
        assertThat(workbook(finnishMap())).containsExactly("Kosketuspisteet", "Tunnus,Vaihe,Kaista,Kosketuspiste",
                "\"Alle tavoitteen\"", "Mittaukset", "Tunnus,Kosketuspiste,Vaihe,Kaista,Mittari,Arvo,Yksikkö");
    }

    @Test
    void anEnglishMapExportedFromAFinnishWindowHasEnglishSheetsHeadersAndStatusColours() throws IOException {
        Localization.setUi(Localization.FINNISH);
        assertThat(workbook(englishMap())).containsExactly("Touchpoints", "ID,Stage,Lane,Touchpoint",
                "\"Below target\"", "Measurements", "ID,Touchpoint,Stage,Lane,Metric,Value,Unit");
    }

    /** Sheet names, first header cells and the first status colouring rule of an XLSX export of {@code map}. */
    private List<String> workbook(JourneyMap map) throws IOException {
        Path file = dir.resolve(map.language() + ".xlsx");
        MapExporter.export(map, ExportFormat.XLSX, ExportSamples.options(map), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet touchpoints = book.getSheetAt(0);
            XSSFSheet measurements = book.getSheetAt(1);
            var rule = touchpoints.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0);
            return List.of(touchpoints.getSheetName(), headers(touchpoints.getRow(0), 4), rule.getFormula1(),
                    measurements.getSheetName(), headers(measurements.getRow(0), 7));
        }
    }

    private static String headers(Row row, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(row.getCell(i).getStringCellValue());
        }
        return String.join(",", names);
    }

    @Test
    void thePdfCarriesTheMapsLanguageTagAndWordsWhateverTheWindowSpeaks() throws IOException {
        Localization.setUi(Localization.ENGLISH);
        for (JourneyMap map : List.of(finnishMap(), englishMap())) {
            Path file = dir.resolve(map.language() + ".pdf");
            MapExporter.export(map, ExportFormat.PDF, ExportSamples.options(map), file);
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(map.language());
                String text = new PDFTextStripper().getText(doc);
                if (map.language().equals("fi")) {
                    assertThat(doc.getDocumentInformation().getKeywords()).isEqualTo("asiakaspolku, Polku");
                    assertThat(text).contains("Tulos suhteessa tavoitteeseen", "Persoona: Eeva").doesNotContain("Evidence");
                } else {
                    assertThat(doc.getDocumentInformation().getKeywords()).isEqualTo("journey map, Polku");
                    assertThat(text).contains("Score against target", "Persona: Eeva").doesNotContain("Näyttö");
                }
            }
        }
    }

    @Test
    void aPosterSheetIsLabelledInTheMapsLanguage() throws IOException {
        JourneyMap map = fi.polku.layout.SampleMaps.large(14, 6, 160).withLanguage("fi");
        Path file = dir.resolve("juliste.pdf");
        MapExporter.export(map, ExportFormat.PDF, ExportOptions.defaults(map).withPage(PageLayout.A4).withTiles(true),
                file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc)).contains("rivi 1/", "sarake 1/", "limitys 10 mm");
        }
    }

    @Test
    void whyAnExportCannotBeMadeIsSaidInTheWindowsLanguage() {
        JourneyMap map = finnishMap();
        ExportOptions stages = ExportSamples.options(map).withScope(new ExportScope.StageRange("s1", "nowhere"));
        Localization.setUi(Localization.ENGLISH);
        assertThatThrownBy(() -> MapExporter.export(map, ExportFormat.PNG, stages, dir.resolve("a.png")))
                .isInstanceOf(ExportProblem.class).hasMessage("the map has no stage “nowhere”");
        assertThatThrownBy(() -> ExportOptions.defaults(map).withScale(5)).hasMessage("scale 5 is outside 1–4");
        Localization.setUi(Localization.FINNISH);
        assertThatThrownBy(() -> MapExporter.export(map, ExportFormat.PNG, stages, dir.resolve("a.png")))
                .hasMessage("kartassa ei ole vaihetta ”nowhere”");
        assertThatThrownBy(() -> ExportOptions.defaults(map).withScale(4.5)).hasMessage("skaala 4,5 ei ole välillä 1–4");
        assertThat(Files.exists(dir.resolve("a.png"))).isFalse();
        assertThat(Locale.getDefault().getLanguage()).as("tests run in English").isEqualTo("en");
    }
}
