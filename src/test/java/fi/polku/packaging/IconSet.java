package fi.polku.packaging;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the app icon's bitmaps from {@code assets/icons/polku.svg}: {@code polku-N.png} for each size, and
 * {@code polku.ico} (Windows) and {@code polku.icns} (macOS), both holding PNG images, as those formats allow.
 * Run it after changing the SVG ({@code mvn -B -o test-compile exec:java ...}, see README "Install"); the
 * outputs are committed, and {@code IconSetTest} checks that they still match the SVG.
 */
public final class IconSet {
    /** The PNG sizes: the window icon uses them all, the Linux package the 256 one. */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);
    private static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    /** ICNS element types holding PNG data, by size. */
    private static final Map<String, Integer> ICNS_TYPES = icnsTypes();

    private IconSet() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "assets/icons");
        write(folder.resolve("polku.svg"), folder);
    }

    /** Renders every file from {@code svg} into {@code out}. */
    public static void write(Path svg, Path out) throws IOException {
        SVGDocument document;
        try (InputStream in = Files.newInputStream(svg)) {
            document = new SVGLoader().load(in, null, LoaderContext.createDefault());
        }
        if (document == null) {
            throw new IOException("unreadable SVG " + svg);
        }
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : SIZES) {
            pngs.put(size, png(render(document, size)));
            Files.write(out.resolve("polku-" + size + ".png"), pngs.get(size));
        }
        Files.write(out.resolve("polku.ico"), ico(pngs));
        Files.write(out.resolve("polku.icns"), icns(pngs));
    }

    static BufferedImage render(SVGDocument document, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            document.render(null, g, new ViewBox(0, 0, size, size));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An ICO file whose entries are PNG images (Windows Vista and later read these). */
    private static byte[] ico(Map<Integer, byte[]> pngs) {
        List<Integer> sizes = ICO_SIZES;
        int offset = 6 + 16 * sizes.size();
        int total = offset + sizes.stream().mapToInt(s -> pngs.get(s).length).sum();
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        for (int size : sizes) {
            byte[] data = pngs.get(size);
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 stands for 256
            b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        sizes.forEach(s -> b.put(pngs.get(s)));
        return b.array();
    }

    /** An ICNS file of PNG elements (macOS 10.7 and later). */
    private static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (var type : ICNS_TYPES.entrySet()) {
            byte[] data = pngs.get(type.getValue());
            d.writeBytes(type.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream f = new DataOutputStream(file);
        f.writeBytes("icns");
        f.writeInt(8 + body.size());
        f.write(body.toByteArray());
        return file.toByteArray();
    }

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        return types;
    }
}
