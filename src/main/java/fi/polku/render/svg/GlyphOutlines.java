package fi.polku.render.svg;

import fi.polku.layout.FontFace;
import fi.polku.render.AwtFonts;

import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;

/**
 * Text as SVG path data: the outlines of the bundled font's glyphs, laid out as the PNG export draws them
 * (fractional advances, no kerning), for SVG readers that ignore embedded fonts.
 */
final class GlyphOutlines {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private GlyphOutlines() {
    }

    /** Path data for {@code text} with its baseline starting at (x, baseline); empty for blank text. */
    static String pathData(String text, double x, double baseline, FontFace face, double size) {
        PathIterator it = AwtFonts.font(face).deriveFont((float) size).createGlyphVector(CONTEXT, text)
                .getOutline((float) x, (float) baseline).getPathIterator(null);
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> point(d.append('M'), c, 0);
                case PathIterator.SEG_LINETO -> point(d.append('L'), c, 0);
                case PathIterator.SEG_QUADTO -> point(point(d.append('Q'), c, 0).append(' '), c, 2);
                case PathIterator.SEG_CUBICTO -> point(point(point(d.append('C'), c, 0).append(' '), c, 2)
                        .append(' '), c, 4);
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
        return d.toString();
    }

    private static StringBuilder point(StringBuilder d, double[] c, int i) {
        return d.append(SvgPainter.n(c[i])).append(' ').append(SvgPainter.n(c[i + 1]));
    }
}
