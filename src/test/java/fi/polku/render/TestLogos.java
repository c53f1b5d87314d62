package fi.polku.render;

import fi.polku.model.Logo;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The logos tests draw: the sample SVG (green square left, orange disc right) and a two-colour PNG. */
public final class TestLogos {
    /** The SVG's square. */
    public static final int GREEN = 0xFF0B6E4F;
    /** The SVG's disc. */
    public static final int ORANGE = 0xFFF28C00;
    /** The PNG's left half. */
    public static final int RED = 0xFFD01010;
    /** The PNG's right half. */
    public static final int BLUE = 0xFF1030D0;

    private TestLogos() {
    }

    /** 200 × 100 units. */
    public static Logo svg() {
        return new Logo(Logo.SVG, resource("test-logo.svg"));
    }

    /** An SVG with scripts, external links and editor data, all of which must go. */
    public static Logo hostileSvg() {
        return new Logo(Logo.SVG, resource("hostile-logo.svg"));
    }

    /** 40 × 20 pixels: red left half, blue right half. */
    public static Logo png() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, x < 20 ? RED : BLUE);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Logo(Logo.PNG, out.toByteArray());
    }

    static byte[] resource(String name) {
        try (InputStream in = TestLogos.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
