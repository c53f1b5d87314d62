package fi.polku.export;

import fi.polku.io.AtomicFileWriter;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Renders an {@link ExportPicture} to a PNG image in sRGB, at a scale (1–4×) or at a DPI: with a DPI the
 * image is sized for the chosen sheet (the map fitted and centred on a landscape A4/A3) or, for
 * {@link PageLayout#FIT}, at that resolution taking one map pixel as 1/96 inch. No display is needed.
 */
public final class PngExporter {
    /** Larger images are refused: at four bytes a pixel they would not fit in memory. */
    public static final long MAX_PIXELS = 100_000_000L;
    private static final double CSS_DPI = 96;

    private PngExporter() {
    }

    /** The picture as an image; transparent where the options ask for no background. */
    public static BufferedImage render(ExportPicture picture, ExportOptions options) {
        double scale;
        int w;
        int h;
        double offsetX = 0;
        double offsetY = 0;
        if (options.dpi() != null && options.page() != PageLayout.FIT) {
            w = (int) Math.round(options.page().widthMm() / 25.4 * options.dpi());
            h = (int) Math.round(options.page().heightMm() / 25.4 * options.dpi());
            scale = Math.min(w / picture.width(), h / picture.height());
            offsetX = (w - picture.width() * scale) / 2;
            offsetY = (h - picture.height() * scale) / 2;
        } else {
            scale = options.dpi() != null ? options.dpi() / CSS_DPI : options.scale();
            w = (int) Math.ceil(picture.width() * scale);
            h = (int) Math.ceil(picture.height() * scale);
        }
        if ((long) w * h > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the picture would be %d × %d pixels, more than %d million; use a smaller scale or DPI, or export PDF or SVG",
                    w, h, MAX_PIXELS / 1_000_000));
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            Java2dPainter painter = new Java2dPainter(g);
            if (offsetX > 0 || offsetY > 0) {
                // The sheet around a fitted map is paper, not background.
                painter.fillRect(0, 0, w, h, options.transparent() ? 0 : 0xFFFFFFFF);
            }
            painter.pushTransform(offsetX, offsetY, scale);
            picture.paint(painter);
            painter.popTransform();
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Renders and writes the PNG atomically: a failure leaves no half-written file. */
    public static void write(ExportPicture picture, ExportOptions options, Path target) throws IOException {
        BufferedImage image = render(picture, options);
        ExportCancelled.check();
        Integer dpi = options.dpi();
        AtomicFileWriter.write(target, out -> write(image, dpi == null ? null : dpi.doubleValue(), out), false);
    }

    /** Encodes an image as PNG, marked sRGB and, when known, with its resolution for printing. */
    public static void write(BufferedImage image, Double dpi, OutputStream out) throws IOException {
        ImageIO.setUseCache(false);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            try {
                IIOMetadataNode png = new IIOMetadataNode("javax_imageio_png_1.0");
                IIOMetadataNode srgb = new IIOMetadataNode("sRGB");
                srgb.setAttribute("renderingIntent", "Perceptual");
                png.appendChild(srgb);
                if (dpi != null) {
                    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
                    String perMetre = Long.toString(Math.round(dpi / 0.0254));
                    phys.setAttribute("pixelsPerUnitXAxis", perMetre);
                    phys.setAttribute("pixelsPerUnitYAxis", perMetre);
                    phys.setAttribute("unitSpecifier", "meter");
                    png.appendChild(phys);
                }
                meta.mergeTree("javax_imageio_png_1.0", png);
            } catch (IIOInvalidTreeException e) {
                throw new IOException("cannot describe the PNG's colour space and resolution", e);
            }
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }
}
