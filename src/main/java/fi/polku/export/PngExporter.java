package fi.polku.export;

import fi.polku.io.AtomicFileWriter;
import fi.polku.text.Text;

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
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Renders an {@link ExportPicture} to a PNG image in sRGB, at a scale (1–4×) or at a DPI: with a DPI the
 * image is sized for the chosen sheet (the map fitted and centred on a landscape A4/A3) or, for
 * {@link PageLayout#FIT}, at that resolution taking one map pixel as 1/96 inch. No display is needed.
 * A PNG file is painted and encoded in horizontal strips, several at a time on a machine with several
 * cores ({@link PngStripWriter}), so even a wall poster of a large map needs memory only for a few strips;
 * its size is bounded by what image programs open ({@link PngSize#fits()}).
 */
public final class PngExporter {
    /**
     * Larger images are refused by {@link #render}, which holds the whole image in memory (four bytes a
     * pixel); {@link #write} streams and accepts anything up to {@link PngSize#MAX_PIXELS}.
     */
    public static final long MAX_IMAGE_PIXELS = 100_000_000L;
    /** Pixels painted at a time when writing: a 32 MiB strip. */
    static final int STRIP_PIXELS = 8 << 20;
    /** The tallest strip; a narrow picture needs no more rows at once than this. */
    static final int MAX_STRIP_ROWS = 2048;

    static {
        // For code that exports without starting from fi.polku.Main (which applies it first of all).
        Java2dSettings.apply();
    }

    private PngExporter() {
    }

    /** The picture as one image in memory; transparent where the options ask for no background. */
    public static BufferedImage render(ExportPicture picture, ExportOptions options) {
        PngSize size = PngSize.of(picture, options);
        if (size.pixels() > MAX_IMAGE_PIXELS) {
            throw new ExportProblem(Text.of("exportProblem.tooManyPixels", size.width(), size.height(),
                    MAX_IMAGE_PIXELS / 1_000_000));
        }
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(picture, options, size, new Java2dPainter(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Renders and writes the PNG atomically: a failure or a cancel leaves no half-written file. */
    public static void write(ExportPicture picture, ExportOptions options, Path target) throws IOException {
        write(picture, options, target, ExportProgress.NONE);
    }

    /** As {@link #write(ExportPicture, ExportOptions, Path)}, reporting the share of rows painted so far. */
    public static void write(ExportPicture picture, ExportOptions options, Path target, ExportProgress progress)
            throws IOException {
        PngSize size = PngSize.of(picture, options);
        write(picture, options, target, stripRows(size.width(), size.height()), progress);
    }

    /** As {@link #write(ExportPicture, ExportOptions, Path)}, painting {@code stripRows} rows at a time. */
    static StripImage write(ExportPicture picture, ExportOptions options, Path target, int stripRows)
            throws IOException {
        return write(picture, options, target, stripRows, ExportProgress.NONE);
    }

    private static StripImage write(ExportPicture picture, ExportOptions options, Path target, int stripRows,
                                    ExportProgress progress) throws IOException {
        StripImage image = strips(picture, options, stripRows);
        Integer dpi = options.dpi();
        write(image, dpi == null ? null : dpi.doubleValue(), target, progress);
        return image;
    }

    /** Encodes the strips into {@code target} atomically; a cancel between two strips leaves no file. */
    static void write(StripImage image, Double dpi, Path target) throws IOException {
        write(image, dpi, target, ExportProgress.NONE);
    }

    /**
     * As {@link #write(StripImage, Double, Path)}, reporting the share of rows written after each strip; the
     * strips are painted and compressed on several threads ({@link PngStripWriter}).
     */
    private static void write(StripImage image, Double dpi, Path target, ExportProgress progress)
            throws IOException {
        ExportCancelled.check();
        AtomicFileWriter.write(target, out -> {
            try {
                PngStripWriter.write(image, dpi, out, progress::done);
            } catch (UncheckedIOException e) {
                // A strip's cancellation, raised where painting has no checked exceptions.
                throw e.getCause();
            } catch (IOException e) {
                // Cancelled while the encoder wrote: the interrupted file channel closed under it.
                ExportCancelled.check(e);
                throw e;
            }
            ExportCancelled.check();
        }, false);
    }

    /** The picture as an image painted strip by strip as an encoder reads it. */
    static StripImage strips(ExportPicture picture, ExportOptions options, int stripRows) {
        PngSize size = PngSize.of(picture, options);
        size.check();
        return new StripImage(size.width(), size.height(), stripRows, (g, top, rows) ->
                paint(picture, options, size, new Java2dPainter(g, new Rectangle(0, 0, size.width(), rows))));
    }

    /** Rows per strip for an image {@code width} pixels wide. */
    static int stripRows(int width) {
        return Math.clamp(STRIP_PIXELS / Math.max(1, width), 1, MAX_STRIP_ROWS);
    }

    /**
     * Rows per strip for a {@code width} × {@code height} image: the fewest strips of at most
     * {@link #stripRows(int)} rows, in a multiple of the processors that paint them, of equal height. Each
     * strip paints the whole picture clipped to itself, so fewer strips cost less, and equal shares keep
     * every processor busy to the end (the 200-touchpoint map's PNG: two strips of 1,277 rows on two
     * processors, where five of 512 rows left one painting three).
     */
    static int stripRows(int width, int height) {
        int most = stripRows(width);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        int strips = (height + most - 1) / most;
        strips = (strips + threads - 1) / threads * threads;
        return Math.max(1, (height + strips - 1) / strips);
    }

    /** Paints the picture as it lies on the image, through a painter whose origin is the image's. */
    private static void paint(ExportPicture picture, ExportOptions options, PngSize size, Java2dPainter painter) {
        if (size.onSheet()) {
            // The sheet around a fitted map is paper, not background.
            painter.fillRect(0, 0, size.width(), size.height(), options.transparent() ? 0 : 0xFFFFFFFF);
        }
        painter.pushTransform(size.offsetX(), size.offsetY(), size.scale());
        // The whole picture, not just the strip's part of the map: culling the map would cut its curves
        // and lines into other pieces than a single image has, and the pieces could show at the seams.
        // The painter skips the shapes outside the strip instead, each drawn whole or not at all.
        picture.paint(painter);
        painter.popTransform();
    }

    /**
     * Encodes an image as PNG, marked sRGB and, when known, with its resolution for printing. Rows are
     * read top to bottom once (never interlaced), so a {@link StripImage} is painted once, strip by strip.
     */
    public static void write(RenderedImage image, Double dpi, OutputStream out) throws IOException {
        ImageIO.setUseCache(false);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
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
                // The tree is built here from fixed names, so the writer refusing it is a programming error.
                throw new IllegalStateException("cannot describe the PNG's colour space and resolution", e);
            }
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }
}
