package fi.polku.export;

import fi.polku.layout.FontFace;
import fi.polku.layout.PathShape;
import fi.polku.model.Logo;
import fi.polku.render.GlyphFallback;
import fi.polku.render.LogoImage;
import fi.polku.render.Painter;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Paints into one PDF page as vectors: shapes as paths, text as real text in the embedded Noto Sans, so
 * the PDF scales without blur and its words can be searched and copied. Works in map pixels with y down,
 * {@code pointsPerPixel} PDF points to a pixel; I/O failures surface as {@link UncheckedIOException}.
 */
public final class PdfPainter implements Painter {
    private static final double KAPPA = 0.5523;

    private final PDPageContentStream cs;
    private final PdfFonts fonts;
    private final Map<Integer, PDExtendedGraphicsState> alphas = new HashMap<>();

    /**
     * @param pageHeight the page height in points, to turn PDF's y-up space into the map's y-down one
     */
    public PdfPainter(PDPageContentStream cs, PdfFonts fonts, double pageHeight, double pointsPerPixel) {
        this.cs = cs;
        this.fonts = fonts;
        run(() -> cs.transform(new Matrix((float) pointsPerPixel, 0, 0, (float) -pointsPerPixel, 0, (float) pageHeight)));
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        fill(argb, () -> cs.addRect(f(x), f(y), f(w), f(h)));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        stroke(argb, lineWidth, false, () -> cs.addRect(f(x), f(y), f(w), f(h)));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius, int argb) {
        fill(argb, () -> roundRect(x, y, w, h, radius));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius, int argb, double lineWidth) {
        stroke(argb, lineWidth, false, () -> roundRect(x, y, w, h, radius));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth) {
        stroke(argb, lineWidth, false, () -> {
            cs.moveTo(f(x1), f(y1));
            cs.lineTo(f(x2), f(y2));
        });
    }

    @Override
    public void fillPath(PathShape path, int argb) {
        fill(argb, () -> path(path));
    }

    @Override
    public void strokePath(PathShape path, int argb, double lineWidth) {
        stroke(argb, lineWidth, true, () -> path(path));
    }

    @Override
    public void text(String text, double x, double baseline, FontFace face, double size, int argb) {
        if (text.isEmpty() || argb >>> 24 == 0) {
            return;
        }
        run(() -> {
            PDType0Font font = fonts.get(face);
            String shown = encodable(font, text);
            begin(argb);
            cs.beginText();
            cs.setFont(font, (float) size);
            // The page is flipped to y-down; flipping the text matrix back keeps the glyphs upright.
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, f(x), f(baseline)));
            cs.showText(shown);
            cs.endText();
            end(argb);
        });
    }

    @Override
    public void logo(Logo logo, double x, double y, double w, double h) {
        if (logo == null) {
            return;
        }
        run(() -> {
            PDXObject object = fonts.logos().get(logo);
            if (object == null) {
                return;
            }
            fi.polku.layout.Rect box = LogoImage.of(logo).fit(x, y, w, h, 0.5);
            cs.saveGraphicsState();
            if (object instanceof PDFormXObject form) {
                // The form is y-up in the logo's own units; the page here is y-down in map pixels.
                LogoImage image = LogoImage.of(logo);
                cs.transform(new Matrix(f(box.w() / image.width()), 0, 0, f(-box.h() / image.height()), f(box.x()),
                        f(box.maxY())));
                cs.drawForm(form);
            } else {
                // An image fills the unit square, bottom row at y = 0: flipped to stand upright here.
                cs.drawImage((PDImageXObject) object, new Matrix(f(box.w()), 0, 0, f(-box.h()), f(box.x()),
                        f(box.maxY())));
            }
            cs.restoreGraphicsState();
        });
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        run(() -> {
            cs.saveGraphicsState();
            cs.addRect(f(x), f(y), f(w), f(h));
            cs.clip();
        });
    }

    @Override
    public void popClip() {
        run(cs::restoreGraphicsState);
    }

    @Override
    public void pushTransform(double translateX, double translateY, double scale) {
        run(() -> {
            cs.saveGraphicsState();
            cs.transform(new Matrix((float) scale, 0, 0, (float) scale, f(translateX), f(translateY)));
        });
    }

    @Override
    public void popTransform() {
        run(cs::restoreGraphicsState);
    }

    private void fill(int argb, IORunnable shape) {
        if (argb >>> 24 == 0) {
            return;
        }
        run(() -> {
            begin(argb);
            shape.run();
            cs.fill();
            end(argb);
        });
    }

    private void stroke(int argb, double width, boolean round, IORunnable shape) {
        if (argb >>> 24 == 0) {
            return;
        }
        run(() -> {
            cs.saveGraphicsState();
            alpha(argb);
            cs.setStrokingColor(r(argb), g(argb), b(argb));
            cs.setLineWidth(f(width));
            cs.setLineCapStyle(round ? 1 : 0);
            cs.setLineJoinStyle(round ? 1 : 0);
            shape.run();
            cs.stroke();
            cs.restoreGraphicsState();
        });
    }

    // Text and fills set only the fill colour; translucency needs its own graphics state.
    private void begin(int argb) throws IOException {
        if (argb >>> 24 < 255) {
            cs.saveGraphicsState();
            alpha(argb);
        }
        cs.setNonStrokingColor(r(argb), g(argb), b(argb));
    }

    private void end(int argb) throws IOException {
        if (argb >>> 24 < 255) {
            cs.restoreGraphicsState();
        }
    }

    private void alpha(int argb) throws IOException {
        int a = argb >>> 24;
        if (a == 255) {
            return;
        }
        PDExtendedGraphicsState state = alphas.computeIfAbsent(a, k -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            s.setNonStrokingAlphaConstant(k / 255f);
            s.setStrokingAlphaConstant(k / 255f);
            return s;
        });
        cs.setGraphicsStateParameters(state);
    }

    private void roundRect(double x, double y, double w, double h, double radius) throws IOException {
        double r = Math.min(radius, Math.min(w, h) / 2);
        double k = KAPPA * r;
        cs.moveTo(f(x + r), f(y));
        cs.lineTo(f(x + w - r), f(y));
        cs.curveTo(f(x + w - r + k), f(y), f(x + w), f(y + r - k), f(x + w), f(y + r));
        cs.lineTo(f(x + w), f(y + h - r));
        cs.curveTo(f(x + w), f(y + h - r + k), f(x + w - r + k), f(y + h), f(x + w - r), f(y + h));
        cs.lineTo(f(x + r), f(y + h));
        cs.curveTo(f(x + r - k), f(y + h), f(x), f(y + h - r + k), f(x), f(y + h - r));
        cs.lineTo(f(x), f(y + r));
        cs.curveTo(f(x), f(y + r - k), f(x + r - k), f(y), f(x + r), f(y));
        cs.closePath();
    }

    private void path(PathShape path) throws IOException {
        for (PathShape.Segment s : path.segments()) {
            switch (s) {
                case PathShape.MoveTo m -> cs.moveTo(f(m.x()), f(m.y()));
                case PathShape.LineTo l -> cs.lineTo(f(l.x()), f(l.y()));
                case PathShape.CubicTo c -> cs.curveTo(f(c.c1x()), f(c.c1y()), f(c.c2x()), f(c.c2y()), f(c.x()), f(c.y()));
                case PathShape.Close ignored -> cs.closePath();
            }
        }
    }

    /** The text with characters the font has no glyph for (emoji, controls) replaced, so one never fails the export. */
    static String encodable(PDType0Font font, String text) {
        try {
            font.encode(text);
            return text;
        } catch (IllegalArgumentException | IOException e) {
            String substituted = GlyphFallback.apply(text, cp -> canEncode(font, cp));
            StringBuilder b = new StringBuilder(substituted.length());
            substituted.codePoints().forEach(cp -> b.append(canEncode(font, cp) ? Character.toString(cp)
                    : Character.isISOControl(cp) ? " " : "?"));
            return b.toString();
        }
    }

    private static boolean canEncode(PDType0Font font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException missing) {
            return false;
        }
    }

    private static float f(double v) {
        return (float) v;
    }

    private static float r(int argb) {
        return ((argb >> 16) & 0xFF) / 255f;
    }

    private static float g(int argb) {
        return ((argb >> 8) & 0xFF) / 255f;
    }

    private static float b(int argb) {
        return (argb & 0xFF) / 255f;
    }

    private static void run(IORunnable action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface IORunnable {
        void run() throws IOException;
    }
}
