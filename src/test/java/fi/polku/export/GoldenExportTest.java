package fi.polku.export;

import fi.polku.model.JourneyMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Finnish sample map exported to SVG and PNG matches reviewed references in
 * {@code src/test/resources/golden/}. After an intended change, regenerate them with
 * {@code -Dpolku.golden.update=true}, look at them, and commit them.
 */
class GoldenExportTest {
    private static final Path SOURCE = Path.of("src/test/resources/golden");
    /** A channel may differ this much (antialiasing and font rasteriser versions)... */
    private static final int CHANNEL_TOLERANCE = 24;
    /** ...in at most this share of pixels. */
    private static final double MAX_DIFFERENT_SHARE = 0.002;

    private final JourneyMap map = ExportSamples.storeBus();
    private final ExportPicture picture = ExportPicture.of(map, ExportSamples.options(map));

    private static boolean updating() {
        return Boolean.getBoolean("polku.golden.update");
    }

    @Test
    void svgMatchesTheReferenceStructurally() throws Exception {
        String svg = MapExporter.svg(picture);
        if (updating()) {
            Files.createDirectories(SOURCE);
            Files.writeString(SOURCE.resolve("store-bus.svg"), svg, StandardCharsets.UTF_8);
        }
        String reference = new String(resource("store-bus.svg"), StandardCharsets.UTF_8);
        List<String> expected = structure(SvgExportTest.parse(reference));
        List<String> actual = structure(SvgExportTest.parse(svg));
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!same(expected.get(i), actual.get(i))) {
                fail("SVG differs from golden/store-bus.svg at element " + i + ":\n expected " + expected.get(i)
                        + "\n actual   " + actual.get(i));
            }
        }
        assertThat(actual).as("number of SVG elements").hasSameSizeAs(expected);
    }

    @Test
    void pngMatchesTheReviewedReferenceWithinASmallTolerance() throws IOException {
        BufferedImage image = PngExporter.render(picture, ExportSamples.options(map));
        if (updating()) {
            Files.createDirectories(SOURCE);
            ImageIO.write(image, "png", SOURCE.resolve("store-bus.png").toFile());
        }
        BufferedImage reference = ImageIO.read(new java.io.ByteArrayInputStream(resource("store-bus.png")));
        assertThat(image.getWidth()).isEqualTo(reference.getWidth());
        assertThat(image.getHeight()).isEqualTo(reference.getHeight());
        long different = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (differs(image.getRGB(x, y), reference.getRGB(x, y))) {
                    different++;
                }
            }
        }
        double share = (double) different / ((long) image.getWidth() * image.getHeight());
        assertThat(share).as("share of pixels differing from golden/store-bus.png").isLessThanOrEqualTo(MAX_DIFFERENT_SHARE);
    }

    private static boolean differs(int a, int b) {
        for (int shift = 0; shift < 32; shift += 8) {
            if (Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)) > CHANNEL_TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new AssertionError("missing golden/" + name + "; generate it with -Dpolku.golden.update=true");
            }
            return in.readAllBytes();
        }
    }

    /** Every element in document order as "name attr=value ... |text|", so a difference names its element. */
    private static List<String> structure(Document doc) {
        List<String> out = new ArrayList<>();
        walk(doc.getDocumentElement(), out);
        return out;
    }

    private static void walk(Element e, List<String> out) {
        StringBuilder b = new StringBuilder(e.getTagName());
        NamedNodeMap attrs = e.getAttributes();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            pairs.add(attrs.item(i).getNodeName() + "=" + attrs.item(i).getNodeValue());
        }
        pairs.sort(null);
        pairs.forEach(p -> b.append(' ').append(p));
        boolean leaf = true;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                leaf = false;
            }
        }
        if (leaf) {
            b.append(" |").append(e.getTextContent()).append('|');
        }
        out.add(b.toString());
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                walk(child, out);
            }
        }
    }

    /** Equal, except that numbers may differ by half a pixel (rounding in a future font or layout tweak). */
    private static boolean same(String expected, String actual) {
        String[] a = expected.split("(?<=[ =\"(,])|(?=[ )\",])");
        String[] b = actual.split("(?<=[ =\"(,])|(?=[ )\",])");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i]) && !closeNumbers(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean closeNumbers(String a, String b) {
        try {
            return Math.abs(Double.parseDouble(a) - Double.parseDouble(b)) <= 0.5;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
