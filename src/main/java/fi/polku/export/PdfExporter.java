package fi.polku.export;

import fi.polku.io.AtomicFileWriter;
import fi.polku.layout.FontFace;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.model.JourneyMap;
import fi.polku.render.Painter;
import fi.polku.text.Localization;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Writes an {@link ExportPicture} as a vector PDF: one page the size of the map, or landscape A4/A3 sheets
 * (tiled with overlap, crop and registration marks when the map is larger than a sheet). The map's title,
 * description and language go into the document's metadata so viewers and search show them.
 */
public final class PdfExporter {
    private static final int MARK_INK = 0xFF000000;
    private static final int LABEL_INK = 0xFF5B6675;

    private PdfExporter() {
    }

    /** Writes the PDF atomically: a failure leaves no half-written file. */
    public static void write(JourneyMap map, ExportPicture picture, ExportOptions options, Path target)
            throws IOException {
        write(map, picture, options, target, ExportProgress.NONE);
    }

    /** As {@link #write(JourneyMap, ExportPicture, ExportOptions, Path)}, reporting after each page. */
    public static void write(JourneyMap map, ExportPicture picture, ExportOptions options, Path target,
                             ExportProgress progress) throws IOException {
        AtomicFileWriter.write(target, out -> write(map, picture, options, out, progress), false);
    }

    public static void write(JourneyMap map, ExportPicture picture, ExportOptions options, OutputStream out)
            throws IOException {
        write(map, picture, options, out, ExportProgress.NONE);
    }

    private static void write(JourneyMap map, ExportPicture picture, ExportOptions options, OutputStream out,
                              ExportProgress progress) throws IOException {
        PosterTiling tiling = PosterTiling.of(options.page(), picture.width(), picture.height(), options.tiles());
        Locale language = Localization.ofTag(map.language());
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            int pages = tiling.tiles().size();
            int painted = 0;
            for (PosterTiling.Tile tile : tiling.tiles()) {
                // Saving the document counts as one more page.
                progress.done((double) painted++ / (pages + 1));
                ExportCancelled.check();
                PDPage page = new PDPage(new PDRectangle((float) tiling.pageWidth(), (float) tiling.pageHeight()));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    paintSheet(new PdfPainter(cs, fonts, tiling.pageHeight(), 1), picture, tiling, tile, map.title(),
                            language);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            describe(doc, map, language);
            ExportCancelled.check();
            progress.done((double) pages / (pages + 1));
            doc.save(out);
            progress.done(1);
        }
    }

    /**
     * Paints one sheet of the map export: the picture fitted, or one tile of a poster with its marks. Printing
     * paints its sheets through here too, so that a printout matches the PDF.
     */
    public static void paintSheet(Painter p, ExportPicture picture, PosterTiling t, PosterTiling.Tile tile,
                                  String title, Locale language) {
        double s = t.scale();
        double ox;
        double oy;
        if (t.poster()) {
            ox = t.margin() - tile.x() * s;
            oy = t.margin() - tile.y() * s;
        } else {
            ox = (t.pageWidth() - picture.width() * s) / 2;
            oy = (t.pageHeight() - picture.height() * s) / 2;
        }
        p.pushClip(t.margin(), t.margin(), t.pageWidth() - 2 * t.margin(), t.pageHeight() - 2 * t.margin());
        p.pushTransform(ox, oy, s);
        picture.paint(p, new Rect(tile.x(), tile.y(), tile.w(), tile.h()));
        p.popTransform();
        p.popClip();
        if (t.poster()) {
            marks(p, t, tile, title, language);
        }
    }

    /** Crop marks at the corners of the printed area, registration targets on each edge and the sheet's place. */
    private static void marks(Painter p, PosterTiling t, PosterTiling.Tile tile, String title, Locale language) {
        double m = t.margin();
        double w = t.pageWidth();
        double h = t.pageHeight();
        double gap = 3;
        double len = m - 2 * gap;
        double[][] corners = {{m, m, -1, -1}, {w - m, m, 1, -1}, {m, h - m, -1, 1}, {w - m, h - m, 1, 1}};
        for (double[] c : corners) {
            p.line(c[0] + c[2] * gap, c[1], c[0] + c[2] * (gap + len), c[1], MARK_INK, 0.4);
            p.line(c[0], c[1] + c[3] * gap, c[0], c[1] + c[3] * (gap + len), MARK_INK, 0.4);
        }
        registration(p, w / 2, m / 2);
        registration(p, w / 2, h - m / 2);
        registration(p, m / 2, h / 2);
        registration(p, w - m / 2, h / 2);
        String shortTitle = title.length() > 60 ? title.substring(0, 59) + "…" : title;
        String label = Localization.format(language, "poster.sheet", shortTitle, tile.row() + 1, t.rows(),
                tile.column() + 1, t.columns(), (int) PosterTiling.OVERLAP_MM);
        p.text(label, m, h - m / 2 + 2.5, FontFace.REGULAR, 7, LABEL_INK);
    }

    private static void registration(Painter p, double cx, double cy) {
        double r = 4.5;
        p.strokePath(PathShape.circle(cx, cy, r), MARK_INK, 0.4);
        p.line(cx - r - 2.5, cy, cx + r + 2.5, cy, MARK_INK, 0.4);
        p.line(cx, cy - r - 2.5, cx, cy + r + 2.5, MARK_INK, 0.4);
    }

    /**
     * Title, subject, keywords and language, so viewers, search and screen readers treat it as the map's; the
     * client report describes itself the same way.
     */
    public static void describe(PDDocument doc, JourneyMap map, Locale language) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(map.title().isBlank() ? map.id() : map.title());
        String subject = !map.description().isBlank() ? map.description() : map.scenario();
        if (!subject.isBlank()) {
            info.setSubject(subject);
        }
        info.setKeywords(Localization.text(language, "pdf.keywords"));
        info.setCreator("Polku");
        info.setProducer("Polku (Apache PDFBox)");
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        info.setCreationDate(now);
        info.setModificationDate(now);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        // The language the map's own words are in (its title, stages, touchpoints), for screen readers and
        // search; a tag that is not well-formed falls back to the language Polku wrote the legend in.
        String tag = Locale.forLanguageTag(map.language()).toLanguageTag();
        catalog.setLanguage("und".equals(tag) ? language.toLanguageTag() : tag);
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        // Viewers show the map's title in the window instead of the file name.
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
    }
}
