package fi.polku.export.report;

import fi.polku.export.PageLayout;
import fi.polku.io.MapFiles;
import fi.polku.layout.FontFace;
import fi.polku.model.Brand;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.FactorSource;
import fi.polku.model.JourneyMap;
import fi.polku.model.Logo;
import fi.polku.model.Opportunity;
import fi.polku.model.ValueEstimate;
import fi.polku.model.ValueFactor;
import fi.polku.render.Painter;
import fi.polku.render.Picture;
import fi.polku.text.Localization;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client report of the store-bus sample, read back with PDFBox as a viewer and a search would read it. */
class ReportWriterTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;

    static JourneyMap storeBus() throws Exception {
        return MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
    }

    private Path write(JourneyMap map) throws IOException {
        Path pdf = dir.resolve(map.language() + "-report.pdf");
        ReportWriter.write(map, new ReportOptions(PageLayout.A4, DATE), pdf, f -> { });
        return pdf;
    }

    /** Outline title → 1-based page number, in outline order. */
    private static Map<String, Integer> outline(PDDocument doc) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
            PDPageDestination dest = (PDPageDestination) item.getDestination();
            out.put(item.getTitle(), doc.getPages().indexOf(dest.getPage()) + 1);
        }
        return out;
    }

    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return flat(stripper.getText(doc));
    }

    /** Text with every run of spaces and line breaks (no-break spaces too) as one space: lines wrap in cells. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\u00a0\u202f]+", " ");
    }

    @Test
    void theFinnishSampleHasItsSectionsInOrderWithTheValueAndTheTopPriority() throws Exception {
        JourneyMap map = storeBus();
        try (PDDocument doc = Loader.loadPDF(write(map).toFile())) {
            Map<String, Integer> outline = outline(doc);
            assertThat(outline.keySet()).startsWith("Kansilehti", "Sisällysluettelo", "Asiakaspolku")
                    .containsSubsequence("Asiakaspolku", "Tärkeimmät kehityskohteet", "Mahdollisuudet ja niiden arvo",
                            "Menetelmät")
                    .endsWith("Menetelmät");
            assertThat(List.copyOf(outline.values())).isSorted().startsWith(1, 2, 3);
            int sections = ReportSections.make(ReportContext.of(map, new ReportOptions(PageLayout.A4, DATE))).stream()
                    .mapToInt(s -> s.pages().size()).sum();
            assertThat(doc.getNumberOfPages()).isEqualTo(2 + sections);

            String all = flat(new PDFTextStripper().getText(doc));
            assertThat(all).contains("Tavaratalon asiakasbussi", "Eeva", "Päiväys: 6.12.2026", "Sivu 3/");
            int opportunities = outline.get("Mahdollisuudet ja niiden arvo");
            assertThat(text(doc, opportunities, opportunities)).contains("468 000 €")
                    .contains("40 asiakasta × 12,5 % ostaa × 20 € asiakasta kohden × 13 kertaa päivässä × 360 päivää");
            String top = PrioritySection.ranking(map).getFirst().row().touchpoint().title();
            assertThat(top).isEqualTo("Aikataulu verkkosivuilla");
            int priorities = outline.get("Tärkeimmät kehityskohteet");
            assertThat(text(doc, priorities, priorities)).contains(top, "tärkeys 4 × vaje 6,8 = 27,2");
            int method = outline.get("Menetelmät");
            assertThat(text(doc, method, doc.getNumberOfPages())).contains("pieni otos", "119", "69,9 – 84,6",
                    "1.10.2026 –");

            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fi");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Tavaratalon asiakasbussi – raportti");
        }
    }

    @Test
    void theContentsPageNumbersAreThePagesTheBookmarksOpen() throws Exception {
        try (PDDocument doc = Loader.loadPDF(write(storeBus()).toFile())) {
            Map<String, Integer> outline = outline(doc);
            Map<String, Integer> listed = new LinkedHashMap<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            Matcher m = Pattern.compile("(?m)^(.+?) (\\d+)\\r?$").matcher(stripper.getText(doc));
            while (m.find()) {
                listed.put(m.group(1).strip(), Integer.parseInt(m.group(2)));
            }
            Map<String, Integer> expected = new LinkedHashMap<>(outline);
            expected.remove("Kansilehti");
            expected.remove("Sisällysluettelo");
            assertThat(listed).containsExactlyEntriesOf(expected);
            // Every line of the contents links to the page it names.
            PDPage contents = doc.getPage(1);
            List<Integer> linked = new ArrayList<>();
            for (var a : contents.getAnnotations()) {
                var link = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) a;
                linked.add(doc.getPages().indexOf(((PDPageDestination) link.getDestination()).getPage()) + 1);
            }
            assertThat(linked).containsExactlyElementsOf(expected.values());
        }
    }

    @Test
    void anEnglishMapGetsAnEnglishReport() throws Exception {
        JourneyMap map = storeBus().withLanguage("en");
        try (PDDocument doc = Loader.loadPDF(write(map).toFile())) {
            assertThat(outline(doc).keySet()).startsWith("Cover", "Contents", "The journey map")
                    .containsSubsequence("Top priorities", "Opportunities and their value", "Method");
            String all = flat(new PDFTextStripper().getText(doc));
            assertThat(all).contains("Date: Dec 6, 2026", "Page 3 of", "importance 4 × gap 6.8 = 27.2",
                    "small sample").contains("€468,000");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Tavaratalon asiakasbussi – report");
        }
    }

    @Test
    void aLargeMapOnA3GetsDetailSheetsAfterTheFittedOne() throws Exception {
        JourneyMap map = fi.polku.model.MapGenerator.generate(200, 6, 8, 11);
        Path pdf = dir.resolve("a3.pdf");
        ReportWriter.write(map, new ReportOptions(PageLayout.A3, DATE), pdf, f -> { });
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Map<String, Integer> outline = outline(doc);
            int map1 = outline.get("Asiakaspolku");
            int next = outline.get("Tärkeys × tulos -nelikenttä");
            assertThat(next - map1).as("fitted sheet and detail sheets").isGreaterThan(1)
                    .isLessThanOrEqualTo(1 + MapPages.MAX_DETAIL_SHEETS);
            for (int page = map1; page < next; page++) {
                assertThat(doc.getPage(page - 1).getMediaBox().getWidth()).isCloseTo((float) PageLayout.A3.widthPt(),
                        org.assertj.core.data.Offset.offset(0.5f));
            }
            assertThat(text(doc, map1 + 1, map1 + 1)).contains("Asiakaspolku, osa: rivi 1/");
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        try (PDDocument doc = Loader.loadPDF(write(storeBus()).toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("NotoSans");
                }
            }
        }
    }

    @Test
    void factorSourcesAreListedUnderTheFormula() throws Exception {
        JourneyMap map = storeBus().withLanguage("en");
        Opportunity first = map.opportunities().getFirst();
        ValueEstimate sourced = first.estimate().withSources(Map.of(
                ValueFactor.CUSTOMERS_PER_OCCURRENCE, new FactorSource(EvidenceLevel.OBSERVED, "driver's counts, week 44"),
                ValueFactor.SHARE_CONVERTING, new FactorSource(EvidenceLevel.ASSUMED, "")));
        List<Opportunity> opportunities = new ArrayList<>(map.opportunities());
        opportunities.set(0, new Opportunity(first.id(), first.text(), first.touchpointIds(), sourced));
        try (PDDocument doc = Loader.loadPDF(write(map.withOpportunities(opportunities)).toFile())) {
            assertThat(flat(new PDFTextStripper().getText(doc)))
                    .contains("Customers per occurrence: observed, driver's counts, week 44", "Share converting: assumed");
        }
    }

    @Test
    void aPictureSectionDrawsThePictureScaledToTheRoomUnderItsTitle() throws Exception {
        JourneyMap map = storeBus();
        ReportContext context = ReportContext.of(map, new ReportOptions(PageLayout.A4, DATE));
        double[] asked = new double[2];
        Picture test = new Picture() {
            public double width() {
                return 800;
            }

            public double height() {
                return 400;
            }

            public void paint(Painter p) {
                p.fillRect(0, 0, 800, 400, 0xFF0072B2);
                p.text("Testikaavio 42", 20, 60, FontFace.BOLD, 40, 0xFFFFFFFF);
            }
        };
        ReportSection chart = ReportSections.chart(ReportSections.MATRIX, (m, language, w, h) -> {
            assertThat(language).isEqualTo(Localization.FINNISH);
            asked[0] = w;
            asked[1] = h;
            return test;
        }).apply(context);
        Path pdf = dir.resolve("chart.pdf");
        try (var out = Files.newOutputStream(pdf)) {
            ReportWriter.write(context, List.of(chart), out, f -> { });
        }
        double[] room = PicturePage.room(context, chart.title());
        // The chart is laid out in print pixels (0.75 pt) for the room on the page.
        assertThat(asked[0]).isEqualTo((int) (room[0] / ReportSections.POINTS_PER_PIXEL));
        assertThat(asked[1]).isEqualTo((int) (room[1] / ReportSections.POINTS_PER_PIXEL));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(outline(doc)).containsEntry("Tärkeys × tulos -nelikenttä", 3);
            assertThat(text(doc, 3, 3)).contains("Tärkeys × tulos -nelikenttä", "Testikaavio 42");
            assertThat(doc.getPage(2).getMediaBox().getWidth()).as("a landscape page for a 16:9 chart")
                    .isGreaterThan(doc.getPage(2).getMediaBox().getHeight());
        }
        // 800 points wide, fitted into the content width: scaled down, never beyond the page's margins.
        assertThat(Math.min(PicturePage.MAX_ENLARGEMENT, room[0] / 800)).isLessThan(1);
    }

    @Test
    void aPngLogoIsDrawnOnTheCover() throws Exception {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        JourneyMap map = storeBus().withBrand(new Brand("#7A1F5C", new Logo(Logo.PNG, png.toByteArray())));
        try (PDDocument doc = Loader.loadPDF(write(map).toFile())) {
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().getXObject(name) instanceof PDImageXObject x) {
                    images.add(x);
                }
            }
            assertThat(images).singleElement().satisfies(x -> assertThat(x.getWidth()).isEqualTo(120));
        }
    }

    @Test
    void theLogoAlsoStandsInTheRunningHeaderOfEveryOtherPage() throws Exception {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        JourneyMap map = storeBus().withBrand(new Brand("#7A1F5C", new Logo(Logo.PNG, png.toByteArray())));
        try (PDDocument doc = Loader.loadPDF(write(map).toFile())) {
            for (int page = 1; page < doc.getNumberOfPages(); page++) {
                int images = 0;
                for (COSName name : doc.getPage(page).getResources().getXObjectNames()) {
                    if (doc.getPage(page).getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
                assertThat(images).as("page %d", page + 1).isPositive();
            }
        }
    }

    @Test
    void anInterruptedReportLeavesNoFile() throws Exception {
        Path pdf = dir.resolve("cancelled.pdf");
        JourneyMap map = storeBus();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> ReportWriter.write(map, ReportOptions.defaults(), pdf, f -> { }))
                    .isInstanceOf(InterruptedIOException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(pdf).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
