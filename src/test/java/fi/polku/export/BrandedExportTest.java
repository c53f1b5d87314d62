package fi.polku.export;

import fi.polku.model.Brand;
import fi.polku.model.JourneyMap;
import fi.polku.render.TestLogos;
import fi.polku.render.svg.SvgPainter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Asked to, an export shows the map's logo at the right of its header and a rule in the accent colour. */
class BrandedExportTest {
    private static final String ACCENT = "#1B4965";

    private static JourneyMap branded() {
        return ExportSamples.storeBus().withBrand(new Brand(ACCENT, TestLogos.svg()));
    }

    @Test
    void withoutTheFlagTheBrandDoesNotShowAndThePictureIsUnchanged() {
        JourneyMap map = branded();
        ExportPicture plain = ExportPicture.of(ExportSamples.storeBus(), ExportSamples.options(map));
        ExportPicture unasked = ExportPicture.of(map, ExportSamples.options(map));
        assertThat(unasked.height()).isEqualTo(plain.height());
        assertThat(svg(unasked)).isEqualTo(svg(plain));
    }

    @Test
    void theSvgHeaderHasTheLogosVectorsAtTheRightAndTheAccentRule() {
        JourneyMap map = branded();
        ExportPicture picture = ExportPicture.of(map, ExportSamples.options(map).withBrand(true));
        String svg = svg(picture);
        String brand = svg.substring(svg.indexOf("id=\"export-brand\""));
        assertThat(brand).contains("<circle").contains("fill=\"#1B4965\"");
        double logoX = Double.parseDouble(brand.replaceAll("(?s).*?<svg[^>]* x=\"([0-9.]+)\".*", "$1"));
        double logoW = Double.parseDouble(brand.replaceAll("(?s).*?<svg[^>]* width=\"([0-9.]+)\".*", "$1"));
        assertThat(logoX + logoW).isCloseTo(picture.width() - ExportPicture.MARGIN, org.assertj.core.data.Offset.offset(0.01));
        assertThat(picture.height()).isGreaterThan(ExportPicture.of(map, ExportSamples.options(map)).height());
    }

    @Test
    void aPngAndAPdfShowTheLogoAndTheRule(@TempDir Path dir) throws Exception {
        JourneyMap map = branded();
        ExportOptions options = ExportSamples.options(map).withBrand(true);
        ExportPicture picture = ExportPicture.of(map, options);
        BufferedImage png = PngExporter.render(picture, options);
        int right = (int) (picture.width() - ExportPicture.MARGIN);
        assertThat(png.getRGB(right - 5, 50)).isEqualTo(TestLogos.ORANGE);
        int ruleY = (int) picture.mapOrigin()[1] - 16 - 2;
        assertThat(png.getRGB(100, ruleY)).isEqualTo(0xFF1B4965);

        Path pdf = dir.resolve("branded.pdf");
        PdfExporter.write(map, picture, options, pdf);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            // Rendered at one pixel per picture pixel, whatever the page's size in points.
            float scale = (float) (picture.width() / doc.getPage(0).getMediaBox().getWidth());
            BufferedImage page = new PDFRenderer(doc).renderImage(0, scale);
            assertThat(page.getRGB(right - 5, 50)).isEqualTo(TestLogos.ORANGE);
        }
    }

    @Test
    void aBrandWithoutALogoStillDrawsTheRule() {
        JourneyMap map = ExportSamples.storeBus().withBrand(new Brand(ACCENT, null));
        String svg = svg(ExportPicture.of(map, ExportSamples.options(map).withBrand(true)));
        assertThat(svg).contains("id=\"export-brand\"").contains("fill=\"#1B4965\"");
    }

    private static String svg(ExportPicture picture) {
        SvgPainter p = new SvgPainter(picture.width(), picture.height());
        picture.paint(p);
        return p.toSvg();
    }
}
