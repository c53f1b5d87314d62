package fi.polku.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import fi.polku.testing.ChildJvm;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wall-poster PNG (over 30,000 × 12,000 pixels, 1.4 GiB as one ARGB image) is exported in a JVM with a
 * 256 MiB heap: only strips are ever held, so it neither runs out of memory nor needs the image whole.
 */
class PngStreamingMemoryTest {
    private static final String HEAP = "256m";

    @TempDir
    Path dir;

    @Test
    void aPictureManyTimesLargerThanTheHeapIsWritten() throws Exception {
        Path file = dir.resolve("poster.png");
        ChildJvm.Output child = ChildJvm.run(List.of("-Xmx" + HEAP, "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true"), PngStreamingMain.class,
                "32", "13", "832", "4", file.toString());
        assertThat(child.exitCode()).as("child exit code (3 = out of memory); output: %s", child.lines()).isZero();
        String[] result = child.lastLine().split(" ");
        int width = Integer.parseInt(result[0]);
        int height = Integer.parseInt(result[1]);
        assertThat((long) width * height * 4).as("bytes of the image held whole")
                .isGreaterThan(5L * 256 * 1024 * 1024);
        assertThat(width).isGreaterThan(30_000);
        assertThat(height).isGreaterThan(12_000);
        assertThat(Integer.parseInt(result[2])).as("strips painted").isGreaterThan(10);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo(width);
            assertThat(reader.getHeight(0)).isEqualTo(height);
            // Rows near the bottom, decoded: the file is complete and the last strip holds the opaque margin.
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceRegion(new Rectangle(0, height - 12, width, 4));
            BufferedImage bottom = reader.read(0, param);
            assertThat(bottom.getRGB(width / 2, 0) >>> 24).isEqualTo(255);
            reader.dispose();
        }
    }
}
