package fi.polku.export;

import fi.polku.io.AtomicFileWriter;
import fi.polku.render.Picture;
import fi.polku.render.svg.SvgPainter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes any {@link Picture} (an analysis chart) as PNG at 2×, as SVG with its font embedded, or as a
 * one-page PDF the size of the picture with embedded font and selectable text; always atomically, so a
 * failure never leaves half a file. Needs no display.
 */
public final class ChartExporter {
    /** Image pixels per picture pixel: sharp on projectors and high-density screens. */
    public static final int PNG_SCALE = 2;

    private ChartExporter() {
    }

    /**
     * Writes the picture to {@code target}.
     *
     * @param title    the PDF's document title (its window title in viewers)
     * @param language the language of the picture's words, for the PDF's metadata
     * @throws IllegalArgumentException for a table format, which is not a picture
     */
    public static void write(Picture picture, ExportFormat format, Path target, String title, Locale language)
            throws IOException {
        switch (format) {
            case PNG -> AtomicFileWriter.write(target, out -> PngExporter.write(render(picture, PNG_SCALE), null, out),
                    false);
            case SVG -> {
                byte[] svg = svg(picture).getBytes(StandardCharsets.UTF_8);
                AtomicFileWriter.write(target, out -> out.write(svg), false);
            }
            case PDF -> AtomicFileWriter.write(target, out -> pdf(picture, title, language, out), false);
            default -> throw new IllegalArgumentException(format + " is not a picture format");
        }
    }

    /** The picture as an image {@code scale} times its size, on its own background. */
    public static BufferedImage render(Picture picture, double scale) {
        int w = (int) Math.ceil(picture.width() * scale);
        int h = (int) Math.ceil(picture.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            Java2dPainter painter = new Java2dPainter(g);
            painter.pushTransform(0, 0, scale);
            picture.paint(painter);
            painter.popTransform();
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The picture as an SVG document with real text and the used glyphs of Noto Sans embedded. */
    public static String svg(Picture picture) {
        SvgPainter painter = new SvgPainter(picture.width(), picture.height());
        picture.paint(painter);
        return painter.toSvg();
    }

    /** The picture as a one-page PDF at its natural size (a picture pixel is 1/96 inch). */
    public static void pdf(Picture picture, String title, Locale language, OutputStream out) throws IOException {
        double scale = PosterTiling.NATURAL;
        float pageW = (float) (picture.width() * scale);
        float pageH = (float) (picture.height() * scale);
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            PDPage page = new PDPage(new PDRectangle(pageW, pageH));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                picture.paint(new PdfPainter(cs, fonts, pageH, scale));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Polku");
            info.setProducer("Polku (Apache PDFBox)");
            doc.getDocumentCatalog().setLanguage(language.toLanguageTag());
            doc.save(out);
        }
    }
}
