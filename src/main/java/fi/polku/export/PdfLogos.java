package fi.polku.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import fi.polku.model.Logo;
import fi.polku.render.LogoImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The logos of one PDF document, each written once and drawn by reference wherever it appears (a report
 * puts the same logo on every page header): an SVG as a form of vector drawing commands, a PNG as a
 * lossless image.
 */
final class PdfLogos {
    private final PDDocument document;
    private final Map<LogoImage, PDXObject> written = new IdentityHashMap<>();

    PdfLogos(PDDocument document) {
        this.document = document;
    }

    /** The logo as an XObject spanning its own width × height, or null when it does not decode. */
    PDXObject get(Logo logo) throws IOException {
        LogoImage image = LogoImage.of(logo);
        if (!image.usable()) {
            return null;
        }
        PDXObject object = written.get(image);
        if (object == null) {
            object = image.isSvg() ? vectors(image) : LosslessFactory.createFromImage(document, image.png().orElseThrow());
            written.put(image, object);
        }
        return object;
    }

    /** The SVG drawn through Java2D into a PDF form: every path, fill and gradient stays a vector. */
    private PDXObject vectors(LogoImage image) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) image.width(), (float) image.height());
        try {
            image.draw(g, 0, 0, image.width(), image.height());
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }
}
