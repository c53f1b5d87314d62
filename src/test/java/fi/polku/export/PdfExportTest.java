package fi.polku.export;

import fi.polku.layout.SampleMaps;
import fi.polku.model.JourneyMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The PDF a consultant sends to a client: vector, searchable in Finnish, titled, paged as asked. */
class PdfExportTest {
    @TempDir
    Path dir;

    private Path export(JourneyMap map, ExportOptions options) throws IOException {
        Path file = dir.resolve(map.id() + "-" + options.page() + ".pdf");
        MapExporter.export(map, ExportFormat.PDF, options, file);
        return file;
    }

    @Test
    void textIsEmbeddedNotoSansAndSearchableWithFinnishLetters() throws IOException {
        JourneyMap map = ExportSamples.storeBus();
        try (PDDocument doc = Loader.loadPDF(export(map, ExportSamples.options(map)).toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            PDPage page = doc.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f).isInstanceOf(PDType0Font.class);
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).contains("NotoSans");
            });
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Oston jälkeen", "Myyjän tervehdys", "Tärkeys", "Näyttö", "päätelty",
                    "Persoona: Eeva", "2.11.2026");
        }
    }

    @Test
    void documentCarriesTheMapsTitleDescriptionAndLanguage() throws IOException {
        JourneyMap map = ExportSamples.storeBus();
        try (PDDocument doc = Loader.loadPDF(export(map, ExportSamples.options(map).withHeader(null)).toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(map.title());
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo(map.description());
            assertThat(doc.getDocumentInformation().getCreator()).isEqualTo("Polku");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fi");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void fitMakesOnePageTheSizeOfTheMapAtNaturalSize() throws IOException {
        JourneyMap map = ExportSamples.storeBus();
        ExportOptions options = ExportSamples.options(map);
        ExportPicture picture = ExportPicture.of(map, options);
        try (PDDocument doc = Loader.loadPDF(export(map, options).toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat((double) doc.getPage(0).getMediaBox().getWidth()).isCloseTo(picture.width() * 0.75, within(0.5));
            assertThat((double) doc.getPage(0).getMediaBox().getHeight()).isCloseTo(picture.height() * 0.75, within(0.5));
        }
    }

    @Test
    void aSmallMapGoesOnOneLandscapeA4Sheet() throws IOException {
        JourneyMap map = ExportSamples.storeBus();
        try (PDDocument doc = Loader.loadPDF(export(map, ExportSamples.options(map).withPage(PageLayout.A4)).toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat((double) doc.getPage(0).getMediaBox().getWidth()).isCloseTo(841.9, within(0.5));
            assertThat((double) doc.getPage(0).getMediaBox().getHeight()).isCloseTo(595.3, within(0.5));
        }
    }

    @Test
    void aLargeMapIsTiledAcrossA4AndFewerA3SheetsWithMarksOnEach() throws IOException {
        JourneyMap map = SampleMaps.large(14, 6, 160);
        ExportOptions a4 = ExportOptions.defaults(map).withPage(PageLayout.A4).withTiles(true);
        ExportPicture picture = ExportPicture.of(map, a4);
        PosterTiling tiling = PosterTiling.of(PageLayout.A4, picture.width(), picture.height());
        int a4Pages;
        try (PDDocument doc = Loader.loadPDF(export(map, a4).toFile())) {
            a4Pages = doc.getNumberOfPages();
            assertThat(a4Pages).isEqualTo(tiling.columns() * tiling.rows()).isGreaterThan(1);
            assertThat(doc.getPage(a4Pages - 1).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(a4Pages);
            stripper.setEndPage(a4Pages);
            assertThat(stripper.getText(doc)).contains("row " + tiling.rows() + "/" + tiling.rows() + ", column "
                    + tiling.columns() + "/" + tiling.columns());
        }
        try (PDDocument doc = Loader.loadPDF(export(map, a4.withPage(PageLayout.A3)).toFile())) {
            assertThat(doc.getNumberOfPages()).isLessThan(a4Pages);
            assertThat((double) doc.getPage(0).getMediaBox().getWidth()).isCloseTo(1190.6, within(0.5));
        }
    }

    @Test
    void theBundledSampleFitsOnOneA4OrA3SheetWithMarginsByDefault() throws Exception {
        JourneyMap map = fi.polku.io.MapFiles.load(java.nio.file.Path.of("assets/samples/store-bus.polku.json"));
        ExportOptions options = ExportOptions.defaults(map);
        ExportPicture picture = ExportPicture.of(map, options);
        double margin = PosterTiling.MARGIN_MM / 25.4 * 72;
        for (PageLayout page : new PageLayout[] {PageLayout.A4, PageLayout.A3}) {
            try (PDDocument doc = Loader.loadPDF(export(map, options.withPage(page)).toFile())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                assertThat((double) doc.getPage(0).getMediaBox().getWidth()).isCloseTo(page.widthPt(), within(0.5));
                assertThat((double) doc.getPage(0).getMediaBox().getHeight()).isCloseTo(page.heightPt(), within(0.5));
                assertThat(new PDFTextStripper().getText(doc)).contains(map.title()).doesNotContain("row 1/");
            }
            PosterTiling fitted = PosterTiling.onOnePage(page, picture.width(), picture.height());
            // Scaled to fill the sheet inside its margins along one side, never beyond them.
            double w = picture.width() * fitted.scale();
            double h = picture.height() * fitted.scale();
            assertThat(w).isLessThanOrEqualTo(page.widthPt() - 2 * margin + 0.01);
            assertThat(h).isLessThanOrEqualTo(page.heightPt() - 2 * margin + 0.01);
            assertThat(Math.max(w / (page.widthPt() - 2 * margin), h / (page.heightPt() - 2 * margin)))
                    .isCloseTo(1, within(0.01));
        }
        try (PDDocument doc = Loader.loadPDF(export(map, options.withPage(PageLayout.A4).withTiles(true)).toFile())) {
            assertThat(doc.getNumberOfPages())
                    .isEqualTo(PosterTiling.of(PageLayout.A4, picture.width(), picture.height()).tiles().size());
        }
    }
}
