package fi.polku.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed icon files are what {@link IconSet} makes from assets/icons/polku.svg today. */
class IconSetTest {
    private static final Path ICONS = Path.of("assets/icons");

    @Test
    void theCommittedBitmapsMatchTheSvg(@TempDir Path out) throws Exception {
        renderInAnotherJvm(out);
        for (int size : IconSet.SIZES) {
            String name = "polku-" + size + ".png";
            BufferedImage committed = ImageIO.read(ICONS.resolve(name).toFile());
            BufferedImage fresh = ImageIO.read(out.resolve(name).toFile());
            assertThat(committed.getWidth()).as(name).isEqualTo(size);
            assertThat(committed.getHeight()).as(name).isEqualTo(size);
            assertThat(maxChannelDifference(committed, fresh)).as("%s against a fresh render of the SVG; run "
                    + "fi.polku.packaging.IconSet after changing it", name).isLessThanOrEqualTo(8);
        }
    }

    @Test
    void theIcoAndIcnsHoldTheirImages() throws Exception {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("polku.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
        assertThat(ico.getShort(4)).as("images").isEqualTo((short) 7);
        byte[] icns = Files.readAllBytes(ICONS.resolve("polku.icns"));
        assertThat(new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(ByteBuffer.wrap(icns).getInt(4)).as("length in the header").isEqualTo(icns.length);
    }

    /**
     * Renders the icon set in a JVM of its own: drawing the icon through jsvg here left Java2D in a state in
     * which a later test's PNG strips came out a level or two apart from the same picture drawn whole.
     */
    private static void renderInAnotherJvm(Path out) throws Exception {
        Files.copy(ICONS.resolve("polku.svg"), out.resolve("polku.svg"));
        Path javaBinary = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(javaBinary.toString(), "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), IconSet.class.getName(), out.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("render.log").toFile()).start();
        assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).as("the icon set is rendered").isTrue();
        assertThat(process.exitValue()).as(Files.readString(out.resolve("render.log"))).isZero();
    }

    private static int maxChannelDifference(BufferedImage a, BufferedImage b) {
        int max = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    max = Math.max(max, Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF)));
                }
            }
        }
        return max;
    }
}
