package fi.polku.export;

import fi.polku.layout.FontFace;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bundled Noto Sans faces of one PDF document, embedded as Type 0 (CID) fonts so that every character,
 * ä and ö included, can be selected, searched and copied. Only the glyphs used are embedded.
 */
public final class PdfFonts {
    private final PDDocument document;
    private final Map<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);
    private final PdfLogos logos;

    public PdfFonts(PDDocument document) {
        this.document = document;
        this.logos = new PdfLogos(document);
    }

    /** The document's logos, written once each like its fonts. */
    PdfLogos logos() {
        return logos;
    }

    public PDType0Font get(FontFace face) throws IOException {
        PDType0Font font = fonts.get(face);
        if (font == null) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(face.resource())) {
                if (in == null) {
                    throw new IllegalStateException("Bundled font missing from the application: " + face.resource());
                }
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                // PDFBox applies the font's glyph substitutions (ligatures) to every string it draws by compiling
                // regular expressions each time, which made text-heavy pages (the report's tables) several times
                // slower to write. Plain glyphs also keep copied text exactly as typed ("fi", not a ligature).
                ttf.setEnableGsub(false);
                document.registerTrueTypeFontForClosing(ttf);
                font = PDType0Font.load(document, ttf, true);
            }
            fonts.put(face, font);
        }
        return font;
    }
}
