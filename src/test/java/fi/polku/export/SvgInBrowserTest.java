package fi.polku.export;

import fi.polku.model.JourneyMap;
import fi.polku.render.svg.SvgText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The SVG export looks like the PNG export in a browser that has no Noto Sans installed: Chromium draws the
 * sample map's SVG, and almost every pixel matches the PNG. Skipped where no Chromium is on PATH
 * ({@code .ci/run} installs it).
 */
class SvgInBrowserTest {
    /** A channel may differ this much (antialiasing differs between Skia and Java2D)... */
    private static final int CHANNEL_TOLERANCE = 48;
    /** ...in at most this share of pixels. */
    private static final double MAX_DIFFERENT_SHARE = 0.005;

    private static final String NO_CHROMIUM = "No chromium binary on PATH: the SVG-in-a-browser comparison is "
            + "skipped (install the Debian package chromium, as .ci/run does)";

    @TempDir
    Path dir;

    /**
     * Also the control that makes this meaningful on a machine with Noto Sans installed: without its
     * {@code @font-face} the same document draws differently, so the words did come from the embedded font.
     */
    @Test
    void chromiumDrawsTheSvgWithEmbeddedFontLikeThePng() throws Exception {
        BufferedImage withFont = assertLooksLikePng(SvgText.FONT);
        JourneyMap map = ExportSamples.storeBus();
        String svg = MapExporter.svg(ExportPicture.of(map, ExportSamples.options(map)))
                .replaceAll("(?s)<defs><style>.*?</style></defs>", "");
        assertThat(svg).doesNotContain("@font-face");
        Path file = dir.resolve("no-font.svg");
        Files.writeString(file, svg, StandardCharsets.UTF_8);
        BufferedImage withoutFont = HeadlessChromium.find().orElseThrow()
                .screenshot(file, withFont.getWidth(), withFont.getHeight(), dir);
        long changed = 0;
        for (int y = 0; y < withFont.getHeight(); y++) {
            for (int x = 0; x < withFont.getWidth(); x++) {
                if (differs(withFont.getRGB(x, y), withoutFont.getRGB(x, y))) {
                    changed++;
                }
            }
        }
        assertThat((double) changed / ((long) withFont.getWidth() * withFont.getHeight()))
                .as("share of pixels the embedded font changes in Chromium's picture").isGreaterThan(0.01);
    }

    @Test
    void chromiumDrawsTheSvgWithTextAsPathsLikeThePng() throws Exception {
        assertLooksLikePng(SvgText.PATHS);
    }

    /** Chromium's picture of the SVG export, after checking it against the PNG export. */
    private BufferedImage assertLooksLikePng(SvgText mode) throws Exception {
        var chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), NO_CHROMIUM);
        JourneyMap map = ExportSamples.storeBus();
        ExportOptions options = ExportSamples.options(map).withSvgText(mode);
        ExportPicture picture = ExportPicture.of(map, options);
        String svg = MapExporter.svg(picture, mode);
        if (mode == SvgText.FONT) {
            // Meaningful even where Noto Sans is installed: the words must come from the document itself.
            assertThat(svg).contains("@font-face{font-family:'Noto Sans'", "src:url(data:font/ttf;base64,");
        }
        Path file = dir.resolve("map.svg");
        Files.writeString(file, svg, StandardCharsets.UTF_8);
        BufferedImage png = PngExporter.render(picture, options);
        BufferedImage shot = chromium.get().screenshot(file, png.getWidth(), png.getHeight(), dir);
        double share = differentShare(png, shot);
        if (share > MAX_DIFFERENT_SHARE) {
            Path keep = Path.of("target", "svg-in-browser-" + mode.name().toLowerCase(java.util.Locale.ROOT));
            Files.createDirectories(keep);
            ImageIO.write(png, "png", keep.resolve("png-export.png").toFile());
            ImageIO.write(shot, "png", keep.resolve("chromium.png").toFile());
            Files.writeString(keep.resolve("map.svg"), svg, StandardCharsets.UTF_8);
        }
        assertThat(share).as("share of pixels where Chromium's SVG (%s) differs from the PNG", mode)
                .isLessThan(MAX_DIFFERENT_SHARE);
        return shot;
    }

    /**
     * The share of the PNG's pixels that differ by more than the tolerance in some channel from every pixel
     * of the screenshot within one pixel: Java2D places each glyph image on whole pixels while Skia places it
     * exactly, so a glyph edge may sit up to a pixel apart without the text being any different.
     */
    static double differentShare(BufferedImage expected, BufferedImage actual) {
        assertThat(actual.getWidth()).as("screenshot width").isGreaterThanOrEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).as("screenshot height").isGreaterThanOrEqualTo(expected.getHeight());
        long different = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (nothingNearMatches(expected.getRGB(x, y), actual, x, y)) {
                    different++;
                }
            }
        }
        return (double) different / ((long) expected.getWidth() * expected.getHeight());
    }

    private static boolean nothingNearMatches(int rgb, BufferedImage image, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < image.getWidth() && ny < image.getHeight()
                        && !differs(rgb, image.getRGB(nx, ny))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean differs(int a, int b) {
        for (int shift = 0; shift < 24; shift += 8) {
            if (Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)) > CHANNEL_TOLERANCE) {
                return true;
            }
        }
        return false;
    }
}
