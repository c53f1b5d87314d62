package fi.polku.render.svg;

import fi.polku.layout.FontFace;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The characters an SVG document draws in each bundled face, written as CSS {@code @font-face} rules that
 * carry a TrueType subset of just those characters inline, so the SVG needs no installed Noto Sans.
 */
final class SvgFontFaces {
    /** The name the {@code <text>} elements ask for; an {@code @font-face} of this name wins over installed fonts. */
    static final String FAMILY = "Noto Sans";

    /**
     * The tables a browser needs to draw the glyphs, plus the hinting programs the glyphs' instructions call.
     * Layout tables (GSUB, GPOS, GDEF) are left out: they name glyphs of the whole font, and the PNG export
     * applies neither kerning nor ligatures either.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "cmap", "glyf", "loca",
            "hmtx", "name", "post", "cvt ", "fpgm", "prep", "gasp");

    private final Map<FontFace, Set<Integer>> used = new EnumMap<>(FontFace.class);

    void add(FontFace face, String text) {
        Set<Integer> set = used.computeIfAbsent(face, f -> new TreeSet<>());
        text.codePoints().forEach(set::add);
    }

    boolean isEmpty() {
        return used.isEmpty();
    }

    /** One {@code @font-face} rule per face used, in a stable order so equal maps give equal files. */
    String css() {
        StringBuilder css = new StringBuilder();
        for (Map.Entry<FontFace, Set<Integer>> e : used.entrySet()) {
            FontFace face = e.getKey();
            css.append("@font-face{font-family:'").append(FAMILY).append("';font-weight:")
                    .append(face.bold() ? "bold" : "normal").append(";font-style:")
                    .append(face.italic() ? "italic" : "normal")
                    .append(";src:url(data:font/ttf;base64,")
                    .append(Base64.getEncoder().encodeToString(subset(face, e.getValue())))
                    .append(") format('truetype');}\n");
        }
        return css.toString();
    }

    /** A TrueType font with only the glyphs of {@code codePoints} (and .notdef) from the bundled face. */
    static byte[] subset(FontFace face, Set<Integer> codePoints) {
        try (InputStream in = SvgFontFaces.class.getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IllegalStateException("Bundled font missing from the application: " + face.resource());
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
                subsetter.addAll(codePoints);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot subset bundled font " + face.resource(), e);
        }
    }
}
