package fi.polku.export;

import fi.polku.layout.SampleMaps;
import fi.polku.model.JourneyMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** PNG and PDF exports report how far they got: rising fractions that end at 1 with the file written. */
class ExportProgressTest {
    @TempDir
    Path dir;

    private final JourneyMap mid = SampleMaps.large(6, 4, 60);

    @Test
    void aPngReportsOnceAStripWithTheShareOfRowsPainted() throws IOException {
        ExportOptions options = ExportOptions.defaults(mid).withScale(2);
        ExportPicture picture = ExportPicture.of(mid, options);
        List<Double> reports = new CopyOnWriteArrayList<>();
        Path png = dir.resolve("mid.png");
        PngExporter.write(picture, options, png, reports::add);

        PngSize size = PngSize.of(picture, options);
        int stripRows = PngExporter.stripRows(size.width(), size.height());
        int strips = (size.height() + stripRows - 1) / stripRows;
        assertThat(reports).hasSize(strips).isSorted().last().isEqualTo(1.0);
        assertThat(reports.getFirst()).isGreaterThan(0);
        if (strips > 1) {
            assertThat(reports.getFirst()).isLessThan(1);
        }
        assertThat(png).isNotEmptyFile();
    }

    @Test
    void aPosterPdfReportsPageByPageAndOnceSaved() throws IOException {
        JourneyMap big = SampleMaps.large(14, 6, 160);
        ExportOptions options = ExportOptions.defaults(big).withPage(PageLayout.A4).withTiles(true);
        List<Double> reports = new CopyOnWriteArrayList<>();
        Path pdf = dir.resolve("poster.pdf");
        MapExporter.export(big, ExportFormat.PDF, options, pdf, reports::add);

        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
        }
        assertThat(pages).isGreaterThan(1);
        // Before each page, before saving, and once saved.
        assertThat(reports).hasSize(pages + 2).isSorted().startsWith(0.0).last().isEqualTo(1.0);
        assertThat(reports.get(pages)).isEqualTo((double) pages / (pages + 1));
    }
}
