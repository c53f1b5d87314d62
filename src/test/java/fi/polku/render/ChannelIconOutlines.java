package fi.polku.render;

import fi.polku.model.ChannelType;
import org.kordamp.ikonli.materialdesign2.MaterialDesignAIkonHandler;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes {@code channel-icons.txt}, the channel icons' outlines that {@link ChannelIcons} reads, from Ikonli's
 * Material Design font; run it after changing an icon. ChannelIconOutlinesTest fails while the file differs.
 */
public final class ChannelIconOutlines {
    static final Path FILE = Path.of("src/main/resources/fi/polku/render", ChannelIcons.RESOURCE);

    private ChannelIconOutlines() {
    }

    public static void main(String[] args) throws Exception {
        Files.writeString(FILE, fromFont(), StandardCharsets.UTF_8);
    }

    /** Every channel's outline in the unit em square, a line each, numbers to six decimals. */
    static String fromFont() throws Exception {
        StringBuilder out = new StringBuilder();
        // Every Material Design handler of the pack serves the same font file.
        try (InputStream in = new MaterialDesignAIkonHandler().getFontResourceAsStream()) {
            // A large size keeps the float outline precise; it is scaled down to the unit square below.
            Font font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(1000f);
            FontRenderContext frc = new FontRenderContext(new AffineTransform(), true, true);
            LineMetrics m = font.getLineMetrics("M", frc);
            // The em square runs from the ascent above the baseline to the descent below it.
            double top = -m.getAscent();
            double em = m.getAscent() + m.getDescent();
            for (ChannelType c : ChannelType.values()) {
                String glyph = new String(Character.toChars(ChannelIcons.ikon(c).getCode()));
                Shape outline = font.createGlyphVector(frc, glyph).getOutline();
                out.append(c.name()).append(' ').append(String.join(" ", unit(outline, top, em))).append('\n');
            }
        }
        return out.toString();
    }

    /** The outline's commands in the unit square, quadratic pieces raised to cubic ones. */
    private static List<String> unit(Shape outline, double top, double em) {
        List<String> words = new ArrayList<>();
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        double startX = 0;
        double startY = 0;
        for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            for (int i = 0; i < 6; i += 2) {
                c[i] = c[i] / em;
                c[i + 1] = (c[i + 1] - top) / em;
            }
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    add(words, "M", c[0], c[1]);
                    startX = c[0];
                    startY = c[1];
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    add(words, "L", c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // The cubic with the same curve: control points two thirds of the way to the quadratic's.
                    add(words, "C", lastX + 2.0 / 3 * (c[0] - lastX), lastY + 2.0 / 3 * (c[1] - lastY),
                            c[2] + 2.0 / 3 * (c[0] - c[2]), c[3] + 2.0 / 3 * (c[1] - c[3]), c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    add(words, "C", c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> {
                    words.add("Z");
                    lastX = startX;
                    lastY = startY;
                }
            }
        }
        return words;
    }

    private static void add(List<String> words, String command, double... numbers) {
        words.add(command);
        for (double n : numbers) {
            words.add(String.format(Locale.ROOT, "%.6f", n));
        }
    }
}
