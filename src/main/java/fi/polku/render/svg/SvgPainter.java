package fi.polku.render.svg;

import fi.polku.layout.FontFace;
import fi.polku.layout.MapLayout;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.render.AwtFonts;
import fi.polku.model.Logo;
import fi.polku.render.GlyphFallback;
import fi.polku.render.LogoImage;
import fi.polku.render.MapPainter;
import fi.polku.render.Painter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Writes what is painted as an SVG document: real {@code <text>} in Noto Sans, whose used characters are
 * embedded so the document looks the same without the font installed (or, on request, text as outline
 * paths), and a {@code <g>} per stage, lane and card with ids and class names, so the picture stays editable.
 */
public final class SvgPainter implements Painter {
    private static final String FONT_FAMILY = "'" + SvgFontFaces.FAMILY + "', sans-serif";

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Deque<String> closers = new ArrayDeque<>();
    private final double width;
    private final double height;
    private final SvgText textMode;
    private final SvgFontFaces fonts = new SvgFontFaces();
    private int clipCount;
    private int indent = 1;

    /** A painter that writes real text with the used part of the font embedded. */
    public SvgPainter(double width, double height) {
        this(width, height, SvgText.FONT);
    }

    public SvgPainter(double width, double height, SvgText textMode) {
        this.width = width;
        this.height = height;
        this.textMode = textMode == null ? SvgText.FONT : textMode;
    }

    /** The whole map as an SVG document, exactly as the canvas draws it minus the editing overlay. */
    public static String render(MapLayout layout) {
        Rect b = layout.bounds();
        SvgPainter svg = new SvgPainter(b.maxX(), b.maxY());
        new MapPainter(layout).paintAll(svg);
        return svg.toSvg();
    }

    /** The finished document; all groups, clips and transforms must have been popped. */
    public String toSvg() {
        if (!closers.isEmpty()) {
            throw new IllegalStateException(closers.size() + " group(s), clip(s) or transform(s) left open");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n(width) + "\" height=\"" + n(height)
                + "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\">\n" + fontDefs() + out + "</svg>\n";
    }

    /** The embedded fonts as a style sheet; base64 and CSS here hold no character XML would need escaped. */
    private String fontDefs() {
        return fonts.isEmpty() ? "" : "  <defs><style>\n" + fonts.css() + "  </style></defs>\n";
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        line("<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w) + "\" height=\"" + n(h) + "\"" + fill(argb)
                + "/>");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        line("<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w) + "\" height=\"" + n(h)
                + "\" fill=\"none\"" + stroke(argb, lineWidth) + "/>");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius, int argb) {
        line("<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w) + "\" height=\"" + n(h) + "\" rx=\""
                + n(radius) + "\"" + fill(argb) + "/>");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius, int argb, double lineWidth) {
        line("<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w) + "\" height=\"" + n(h) + "\" rx=\""
                + n(radius) + "\" fill=\"none\"" + stroke(argb, lineWidth) + "/>");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth) {
        line("<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\""
                + stroke(argb, lineWidth) + "/>");
    }

    @Override
    public void fillPath(PathShape path, int argb) {
        line("<path d=\"" + d(path) + "\"" + fill(argb) + "/>");
    }

    @Override
    public void strokePath(PathShape path, int argb, double lineWidth) {
        line("<path d=\"" + d(path) + "\" fill=\"none\"" + stroke(argb, lineWidth)
                + " stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");
    }

    @Override
    public void text(String text, double x, double baseline, FontFace face, double size, int argb) {
        // The bundled font lacks a few typographic characters; write the plain ones the PNG shows instead.
        String shown = GlyphFallback.apply(text, AwtFonts.font(face)::canDisplay);
        if (textMode == SvgText.PATHS) {
            String d = GlyphOutlines.pathData(shown, x, baseline, face, size);
            if (!d.isEmpty()) {
                // aria-label keeps the words findable for screen readers and search.
                line("<path class=\"text\" aria-label=\"" + escape(text) + "\" d=\"" + d + "\"" + fill(argb) + "/>");
            }
            return;
        }
        fonts.add(face, shown);
        line("<text x=\"" + n(x) + "\" y=\"" + n(baseline) + "\" font-family=\"" + FONT_FAMILY + "\" font-size=\""
                + n(size) + "\"" + (face.bold() ? " font-weight=\"bold\"" : "")
                + (face.italic() ? " font-style=\"italic\"" : "") + fill(argb) + " xml:space=\"preserve\">"
                + escape(shown) + "</text>");
    }

    @Override
    public void logo(Logo logo, double x, double y, double w, double h) {
        LogoImage image = logo == null ? null : LogoImage.of(logo);
        if (image == null || !image.usable()) {
            return;
        }
        Rect box = image.fit(x, y, w, h, 0.5);
        if (image.safeSvg().isPresent()) {
            // The logo's own elements, cleaned, in a nested viewport: it stays vectors and editable.
            line(image.safeSvg().get().nested(n(box.x()), n(box.y()), n(box.w()), n(box.h())).strip());
            return;
        }
        // xlink:href rather than SVG 2's href: older editors (Inkscape 0.92, Illustrator) read only that.
        String base64 = java.util.Base64.getEncoder().encodeToString(logo.data());
        line("<image x=\"" + n(box.x()) + "\" y=\"" + n(box.y()) + "\" width=\"" + n(box.w()) + "\" height=\""
                + n(box.h()) + "\" preserveAspectRatio=\"none\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " xlink:href=\"data:image/png;base64," + base64 + "\"/>");
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        String id = "clip" + (++clipCount);
        line("<clipPath id=\"" + id + "\"><rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w)
                + "\" height=\"" + n(h) + "\"/></clipPath>");
        open("<g clip-path=\"url(#" + id + ")\">", "clip");
    }

    @Override
    public void popClip() {
        close("clip");
    }

    @Override
    public void pushTransform(double translateX, double translateY, double scale) {
        open("<g transform=\"translate(" + n(translateX) + " " + n(translateY) + ") scale(" + n(scale) + ")\">",
                "transform");
    }

    @Override
    public void popTransform() {
        close("transform");
    }

    @Override
    public void beginGroup(String id, String cssClass) {
        open("<g id=\"" + escape(safeId(id)) + "\" class=\"" + escape(cssClass) + "\">", "group");
    }

    @Override
    public void endGroup() {
        close("group");
    }

    private void open(String tag, String kind) {
        line(tag);
        closers.push(kind);
        indent++;
    }

    private void close(String kind) {
        String top = closers.poll();
        if (!kind.equals(top)) {
            throw new IllegalStateException("Unbalanced SVG nesting: closing " + kind + " but " + top + " is open");
        }
        indent--;
        line("</g>");
    }

    private void line(String s) {
        out.repeat("  ", indent).append(s).append('\n');
    }

    private static String d(PathShape path) {
        StringBuilder d = new StringBuilder();
        for (PathShape.Segment s : path.segments()) {
            switch (s) {
                case PathShape.MoveTo m -> d.append('M').append(n(m.x())).append(' ').append(n(m.y()));
                case PathShape.LineTo l -> d.append('L').append(n(l.x())).append(' ').append(n(l.y()));
                case PathShape.CubicTo c -> d.append('C').append(n(c.c1x())).append(' ').append(n(c.c1y()))
                        .append(' ').append(n(c.c2x())).append(' ').append(n(c.c2y())).append(' ')
                        .append(n(c.x())).append(' ').append(n(c.y()));
                case PathShape.Close ignored -> d.append('Z');
            }
        }
        return d.toString();
    }

    private static String fill(int argb) {
        int a = argb >>> 24;
        return " fill=\"" + hex(argb) + "\"" + (a < 255 ? " fill-opacity=\"" + n(a / 255.0) + "\"" : "");
    }

    private static String stroke(int argb, double width) {
        int a = argb >>> 24;
        return " stroke=\"" + hex(argb) + "\" stroke-width=\"" + n(width) + "\""
                + (a < 255 ? " stroke-opacity=\"" + n(a / 255.0) + "\"" : "");
    }

    private static String hex(int argb) {
        return String.format(Locale.ROOT, "#%06X", argb & 0xFFFFFF);
    }

    /** A number with at most two decimals and no trailing zeros, independent of the user's locale. */
    static String n(double v) {
        long r = Math.round(v * 100);
        if (r % 100 == 0) {
            return Long.toString(r / 100);
        }
        String s = String.format(Locale.ROOT, "%.2f", r / 100.0);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }

    /** XML text/attribute escaping; drops characters XML 1.0 cannot hold at all. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            b.append(c);
                        }
                    }
                }
            }
        }
        return b.toString();
    }

    /** Ids from the map may hold any characters; an XML id may not, so others become '_'. */
    private static String safeId(String id) {
        StringBuilder b = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            b.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_');
        }
        return b.toString();
    }
}
