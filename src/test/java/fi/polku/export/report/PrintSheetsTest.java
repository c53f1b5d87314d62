package fi.polku.export.report;

import fi.polku.export.Java2dPainter;
import fi.polku.export.PageLayout;
import fi.polku.model.JourneyMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A printout has the PDF's sheets: the report page for page, the map on one A4 landscape sheet. */
class PrintSheetsTest {
    private static final ReportOptions OPTIONS = new ReportOptions(PageLayout.A4, LocalDate.of(2026, 3, 14));

    @Test
    void theReportPrintsOnTheSameSheetsAsItsPdf() throws Exception {
        JourneyMap map = ReportWriterTest.storeBus();
        List<PrintSheets.Sheet> sheets = PrintSheets.report(map, OPTIONS);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportWriter.write(map, OPTIONS, pdf, fraction -> { });
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(sheets).hasSize(doc.getNumberOfPages());
            for (int i = 0; i < sheets.size(); i++) {
                assertThat(sheets.get(i).width()).isCloseTo(doc.getPage(i).getMediaBox().getWidth(), within(0.5));
                assertThat(sheets.get(i).height()).isCloseTo(doc.getPage(i).getMediaBox().getHeight(), within(0.5));
            }
        }
        // Each sheet paints through an ordinary painter, as a printer's image.
        BufferedImage image = new BufferedImage(100, 140, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(100 / sheets.getFirst().width(), 100 / sheets.getFirst().width());
        sheets.getFirst().paint().accept(new Java2dPainter(g));
        g.dispose();
    }

    @Test
    void theMapPrintsFittedOnOneA4LandscapeSheet() throws Exception {
        List<PrintSheets.Sheet> sheets = PrintSheets.map(ReportWriterTest.storeBus());
        assertThat(sheets).hasSize(1);
        assertThat(sheets.getFirst().landscape()).isTrue();
        assertThat(sheets.getFirst().width()).isCloseTo(PageLayout.A4.widthPt(), within(0.5));
    }
}
