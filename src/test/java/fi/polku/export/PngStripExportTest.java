package fi.polku.export;

import fi.polku.layout.SampleMaps;
import fi.polku.model.JourneyMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A PNG written strip by strip has exactly the pixels of the picture rendered as one image, wherever the
 * seams fall, paints each strip once, and stops between strips when cancelled.
 */
class PngStripExportTest {
    @TempDir
    Path dir;

    private final JourneyMap bus = ExportSamples.storeBus();
    private final JourneyMap mid = SampleMaps.large(6, 4, 60);

    @Test
    void stripsOfAnyHeightGiveTheSinglePicturesPixels() throws IOException {
        // Odd heights put seams through text, card outlines, curves and arrows at many different places.
        ExportOptions busOptions = ExportSamples.options(bus).withScale(2);
        assertSamePixels(ExportPicture.of(bus, busOptions), busOptions, 1, 7, 64, 333);
        ExportOptions midOptions = ExportOptions.defaults(mid).withScale(3);
        assertSamePixels(ExportPicture.of(mid, midOptions), midOptions, 13, 250);
    }

    @Test
    void transparentPicturesAndPrintedSheetsStayTheSameInStrips() throws IOException {
        ExportOptions clear = ExportSamples.options(bus).withTransparent(true);
        assertSamePixels(ExportPicture.of(bus, clear), clear, 29);
        ExportOptions sheet = ExportSamples.options(bus).withDpi(150).withPage(PageLayout.A4);
        assertSamePixels(ExportPicture.of(bus, sheet), sheet, 97);
    }

    @Test
    void eachStripIsPaintedOnceAndNeverTheWholeImage() throws IOException {
        ExportOptions options = ExportOptions.defaults(mid).withScale(2);
        ExportPicture picture = ExportPicture.of(mid, options);
        StripImage image = PngExporter.write(picture, options, dir.resolve("mid.png"), 40);
        PngSize size = PngSize.of(picture, options);
        assertThat(image.getNumYTiles()).isEqualTo((size.height() + 39) / 40).isGreaterThan(5);
        assertThat(image.paintedStrips()).isEqualTo(image.getNumYTiles());
    }

    @Test
    void stripsAreSizedByTheImagesWidth() {
        assertThat(PngExporter.stripRows(2000)).isEqualTo(PngExporter.MAX_STRIP_ROWS);
        assertThat(PngExporter.stripRows(22_896)).isEqualTo(PngExporter.STRIP_PIXELS / 22_896);
        assertThat(PngExporter.stripRows(PngSize.MAX_SIDE)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void cancellingBetweenStripsLeavesNoFile() throws IOException {
        Path target = dir.resolve("cancelled.png");
        StripImage image = new StripImage(300, 100, 10, (g, top, rows) -> {
            g.fillRect(0, top, 300, rows);
            if (top == 10) {
                Thread.currentThread().interrupt(); // the Cancel button, while the second strip is painted
            }
        });
        try {
            assertThatThrownBy(() -> PngExporter.write(image, null, target))
                    .isInstanceOf(InterruptedIOException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(image.paintedStrips()).as("strips painted of 10").isBetween(2, 3);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aPictureBeyondWhatImageProgramsOpenIsRefusedWithAHint() {
        assertThat(PngSize.fits(22_896, 8_983)).isTrue();
        assertThat(PngSize.fits(50_000, 50_000)).isFalse();
        assertThat(PngSize.fits(PngSize.MAX_SIDE + 1, 1)).isFalse();
        JourneyMap huge = SampleMaps.large(400, 60, 400);
        ExportOptions options = ExportOptions.defaults(huge).withScale(4);
        assertThatThrownBy(() -> PngExporter.write(ExportPicture.of(huge, options), options, dir.resolve("huge.png")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("export PDF or SVG");
        assertThat(dir.resolve("huge.png")).doesNotExist();
    }

    private void assertSamePixels(ExportPicture picture, ExportOptions options, int... stripRows)
            throws IOException {
        BufferedImage whole = PngExporter.render(picture, options);
        for (int rows : stripRows) {
            Path file = dir.resolve("strips-" + rows + ".png");
            PngExporter.write(picture, options, file, rows);
            BufferedImage strips = ImageIO.read(file.toFile());
            assertThat(strips.getWidth()).isEqualTo(whole.getWidth());
            assertThat(strips.getHeight()).isEqualTo(whole.getHeight());
            int w = whole.getWidth();
            int[] expected = new int[w];
            int[] actual = new int[w];
            for (int y = 0; y < whole.getHeight(); y++) {
                whole.getRGB(0, y, w, 1, expected, 0, w);
                strips.getRGB(0, y, w, 1, actual, 0, w);
                if (!java.util.Arrays.equals(expected, actual)) {
                    int x = java.util.Arrays.mismatch(expected, actual);
                    throw new AssertionError(String.format("strips of %d rows: pixel (%d, %d) is %08x, "
                            + "as one image %08x", rows, x, y, actual[x], expected[x]));
                }
            }
        }
    }
}
