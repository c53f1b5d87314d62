package fi.polku.export;

import fi.polku.model.JourneyMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PNG exports have the size the user asked for, print at their DPI and can be transparent. */
class PngExportTest {
    @TempDir
    Path dir;

    private final JourneyMap map = ExportSamples.storeBus();
    private final ExportOptions options = ExportSamples.options(map);
    private final ExportPicture picture = ExportPicture.of(map, options);

    private BufferedImage export(ExportOptions o) throws IOException {
        Path file = dir.resolve("map.png");
        MapExporter.export(map, ExportFormat.PNG, o, file);
        return ImageIO.read(file.toFile());
    }

    @Test
    void scaleMultipliesThePictureSize() throws IOException {
        BufferedImage one = export(options);
        BufferedImage three = export(options.withScale(3));
        assertThat(one.getWidth()).isEqualTo((int) Math.ceil(picture.width()));
        assertThat(one.getHeight()).isEqualTo((int) Math.ceil(picture.height()));
        assertThat(three.getWidth()).isEqualTo((int) Math.ceil(picture.width() * 3));
        assertThat(three.getHeight()).isEqualTo((int) Math.ceil(picture.height() * 3));
    }

    @Test
    void dpiWithAPaperSizeMakesAnImageOfThatSheetAndRecordsTheResolution() throws IOException {
        Path file = dir.resolve("a4.png");
        MapExporter.export(map, ExportFormat.PNG, options.withDpi(150).withPage(PageLayout.A4), file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1754);
        assertThat(image.getHeight()).isEqualTo(1240);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis"))).isEqualTo(Math.round(150 / 0.0254));
            assertThat(root.getElementsByTagName("sRGB").getLength()).isEqualTo(1);
            reader.dispose();
        }
    }

    @Test
    void dpiForAFittedPageTakesAMapPixelAsOneNinetySixthInch() throws IOException {
        BufferedImage image = export(options.withDpi(192));
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(picture.width() * 2));
    }

    @Test
    void transparentLeavesTheBackgroundClearButCardsOpaque() throws IOException {
        BufferedImage opaque = export(options);
        BufferedImage clear = export(options.withTransparent(true));
        assertThat(opaque.getRGB(2, 2) >>> 24).isEqualTo(255);
        assertThat(clear.getRGB(2, 2) >>> 24).isZero();
        var card = picture.layout().cards().getFirst().bounds();
        double[] origin = picture.mapOrigin();
        int x = (int) (origin[0] + card.x() + card.w() - 4);
        int y = (int) (origin[1] + card.centerY());
        assertThat(clear.getRGB(x, y) >>> 24).isEqualTo(255);
    }

    @Test
    void aPictureTooLargeForMemoryIsRefusedWithAHint() {
        JourneyMap huge = fi.polku.layout.SampleMaps.large(60, 20, 3000);
        assertThatThrownBy(() -> PngExporter.render(ExportPicture.of(huge, ExportOptions.defaults(huge)),
                ExportOptions.defaults(huge).withScale(4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("export PDF or SVG");
    }

    @Test
    void scaleOutsideOneToFourIsRefused() {
        assertThatThrownBy(() -> options.withScale(5)).hasMessageContaining("outside 1–4");
        assertThatThrownBy(() -> options.withScale(0.5)).hasMessageContaining("outside 1–4");
    }
}
