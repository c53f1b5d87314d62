package fi.polku.export;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.render.chart.Chart;
import fi.polku.render.chart.ChartStyle;
import fi.polku.render.chart.ChartView;
import fi.polku.text.Localization;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Every chart exports as a 2× PNG, an SVG with its font, and a one-page PDF whose text can be extracted. */
class ChartExporterTest {
    @TempDir
    Path dir;

    private static JourneyMap storeBus() throws Exception {
        return MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
    }

    @Test
    void everyViewExportsInEveryPictureFormat() throws Exception {
        JourneyMap map = storeBus();
        Locale fi = Localization.ofTag(map.language());
        for (ChartView view : ChartView.values()) {
            Chart chart = view.picture(map, fi);
            Path png = dir.resolve(view.id() + ".png");
            Path svg = dir.resolve(view.id() + ".svg");
            Path pdf = dir.resolve(view.id() + ".pdf");

            ChartExporter.write(chart, ExportFormat.PNG, png, chart.title(), fi);
            ChartExporter.write(chart, ExportFormat.SVG, svg, chart.title(), fi);
            ChartExporter.write(chart, ExportFormat.PDF, pdf, chart.title(), fi);

            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).as(view.id()).isEqualTo((int) (2 * ChartStyle.WIDTH));
            assertThat(image.getHeight()).as(view.id()).isEqualTo((int) (2 * ChartStyle.HEIGHT));
            String svgText = Files.readString(svg);
            assertThat(svgText).as(view.id()).contains("<svg", "@font-face", chart.title());
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                PDRectangle page = doc.getPage(0).getMediaBox();
                assertThat((double) page.getWidth()).isCloseTo(ChartStyle.WIDTH * 0.75, within(0.5));
                assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(chart.title());
                assertThat(new PDFTextStripper().getText(doc)).as(view.id()).contains(chart.title());
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> !f.getFileName().toString().matches("\\w+\\.(png|svg|pdf)"))).isEmpty();
        }
    }

    @Test
    void thePdfOfTheChannelScorecardHasItsPooledNumbersAsText() throws Exception {
        JourneyMap map = storeBus();
        Chart chart = ChartView.CHANNELS.picture(map, Localization.FINNISH);
        Path pdf = dir.resolve("kanavat.pdf");

        ChartExporter.write(chart, ExportFormat.PDF, pdf, chart.title(), Localization.FINNISH);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\u00a0\\u202f]", " ");
            assertThat(text).contains("Kanavien tuloskortti", "Myymälä", "77,8 %", "n = 176", "asiakkaan vaivannäkö");
        }
    }

    @Test
    void aTableFormatIsNotAPictureAndWritesNothing() throws Exception {
        Chart chart = ChartView.SCORE.picture(storeBus(), Localization.ENGLISH);
        Path csv = dir.resolve("score.csv");

        assertThatThrownBy(() -> ChartExporter.write(chart, ExportFormat.CSV, csv, "", Localization.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(csv).doesNotExist();
    }
}
