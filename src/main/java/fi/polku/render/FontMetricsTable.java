package fi.polku.render;

import fi.polku.layout.FontFace;
import fi.polku.layout.TextMeasurer;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Text widths read from the bundled Noto Sans TrueType files' own advance widths, so that layout wraps
 * text identically on screen, in SVG, PDF and PNG, with no display. Widths of every character in the
 * Basic Multilingual Plane are read once at load, which also makes the table safe to share across threads.
 */
public final class FontMetricsTable implements TextMeasurer {
    private static volatile FontMetricsTable shared;

    private final Map<FontFace, FaceMetrics> faces = new EnumMap<>(FontFace.class);

    private record FaceMetrics(float[] widths, float missing, float ascent, float descent, float lineGap) {
    }

    private FontMetricsTable() {
        for (FontFace face : FontFace.values()) {
            faces.put(face, load(face));
        }
    }

    /** The one table for the bundled font (loading parses three font files, so it is done once). */
    public static FontMetricsTable shared() {
        FontMetricsTable t = shared;
        if (t == null) {
            synchronized (FontMetricsTable.class) {
                t = shared;
                if (t == null) {
                    t = new FontMetricsTable();
                    shared = t;
                }
            }
        }
        return t;
    }

    private static FaceMetrics load(FontFace face) {
        try (InputStream in = FontMetricsTable.class.getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IllegalStateException("Bundled font missing from the application: " + face.resource());
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                float em = font.getUnitsPerEm();
                CmapLookup cmap = font.getUnicodeCmapLookup();
                float missing = font.getAdvanceWidth(0) / em;
                float[] widths = new float[0x10000];
                for (int cp = 0; cp < widths.length; cp++) {
                    int gid = cmap.getGlyphId(cp);
                    widths[cp] = gid == 0 ? missing : font.getAdvanceWidth(gid) / em;
                }
                HorizontalHeaderTable hhea = font.getHorizontalHeader();
                return new FaceMetrics(widths, missing, hhea.getAscender() / em, -hhea.getDescender() / em,
                        hhea.getLineGap() / em);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled font " + face.resource(), e);
        }
    }

    @Override
    public double width(String text, FontFace face, double size) {
        FaceMetrics m = faces.get(face);
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                i++;
                w += m.missing;
            } else {
                w += m.widths[c];
            }
        }
        return w * size;
    }

    @Override
    public double advance(int codePoint, FontFace face, double size) {
        FaceMetrics m = faces.get(face);
        return (codePoint < m.widths.length ? m.widths[codePoint] : m.missing) * size;
    }

    @Override
    public double ascent(FontFace face, double size) {
        return faces.get(face).ascent * size;
    }

    @Override
    public double descent(FontFace face, double size) {
        return faces.get(face).descent * size;
    }

    @Override
    public double lineHeight(FontFace face, double size) {
        FaceMetrics m = faces.get(face);
        return (m.ascent + m.descent + m.lineGap) * size;
    }
}
