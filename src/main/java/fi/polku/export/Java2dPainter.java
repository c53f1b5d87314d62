package fi.polku.export;

import fi.polku.layout.FontFace;
import fi.polku.layout.PathShape;
import fi.polku.render.AwtFonts;
import fi.polku.model.Logo;
import fi.polku.render.GlyphFallback;
import fi.polku.render.LogoImage;
import fi.polku.render.Painter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Paints onto an AWT {@link Graphics2D} (a {@code BufferedImage} for PNG export), antialiased, with the
 * bundled Noto Sans loaded from the application itself so the picture never depends on installed fonts.
 * Needs no display: it works with {@code java.awt.headless=true} and never touches JavaFX. Given the area
 * of the device that is painted (one strip of a large PNG), it skips whatever falls wholly outside it.
 */
public final class Java2dPainter implements Painter {
    /** Device pixels around a shape's bounds that antialiasing may still touch. */
    private static final double AA_MARGIN = 2;

    private final Graphics2D g;
    private final Rectangle2D area;
    private final Deque<Shape> clips = new ArrayDeque<>();
    private final Deque<AffineTransform> transforms = new ArrayDeque<>();

    public Java2dPainter(Graphics2D g) {
        this(g, null);
    }

    /**
     * A painter that draws only what may touch {@code area} (device pixels, null for everything). Whole
     * shapes are skipped or drawn exactly as without an area, so the pixels inside it do not change.
     */
    public Java2dPainter(Graphics2D g, Rectangle2D area) {
        this.g = g;
        this.area = area;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // Fractional advances make drawn text exactly as wide as the layout measured it.
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        if (outside(x, y, x + w, y + h, 0)) {
            return;
        }
        g.setColor(colour(argb));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        if (outside(x, y, x + w, y + h, strokePad(lineWidth))) {
            return;
        }
        stroke(new Rectangle2D.Double(x, y, w, h), argb, lineWidth, false);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius, int argb) {
        if (outside(x, y, x + w, y + h, 0)) {
            return;
        }
        g.setColor(colour(argb));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 2 * radius, 2 * radius));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius, int argb, double lineWidth) {
        if (outside(x, y, x + w, y + h, strokePad(lineWidth))) {
            return;
        }
        stroke(new RoundRectangle2D.Double(x, y, w, h, 2 * radius, 2 * radius), argb, lineWidth, false);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth) {
        if (outside(x1, y1, x2, y2, strokePad(lineWidth))) {
            return;
        }
        stroke(new Line2D.Double(x1, y1, x2, y2), argb, lineWidth, false);
    }

    @Override
    public void fillPath(PathShape path, int argb) {
        Path2D shape = shape(path);
        if (outside(shape.getBounds2D(), 0)) {
            return;
        }
        g.setColor(colour(argb));
        g.fill(shape);
    }

    @Override
    public void strokePath(PathShape path, int argb, double lineWidth) {
        Path2D shape = shape(path);
        if (outside(shape.getBounds2D(), strokePad(lineWidth))) {
            return;
        }
        stroke(shape, argb, lineWidth, true);
    }

    @Override
    public void text(String text, double x, double baseline, FontFace face, double size, int argb) {
        // No glyph of Noto Sans reaches further than 2 em above or 1 em below the baseline, or is wider
        // than 2 em, so this box holds the drawn text without measuring it.
        if (text.isEmpty() || outside(x - size, baseline - 2 * size, x + 2 * size * (text.length() + 1),
                baseline + size, 0)) {
            return;
        }
        Font font = AwtFonts.font(face).deriveFont((float) size);
        g.setColor(colour(argb));
        g.setFont(font);
        g.drawString(GlyphFallback.apply(text, font::canDisplay), (float) x, (float) baseline);
    }

    @Override
    public void logo(Logo logo, double x, double y, double w, double h) {
        if (logo == null || outside(x, y, x + w, y + h, 0)) {
            return;
        }
        // Drawn straight into the image: an SVG's curves are rasterised at the export's own resolution.
        LogoImage.of(logo).draw(g, x, y, w, h);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        clips.push(g.getClip() == null ? NO_CLIP : g.getClip());
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void popClip() {
        Shape previous = clips.pop();
        g.setClip(previous == NO_CLIP ? null : previous);
    }

    @Override
    public void pushTransform(double translateX, double translateY, double scale) {
        transforms.push(g.getTransform());
        g.translate(translateX, translateY);
        g.scale(scale, scale);
    }

    @Override
    public void popTransform() {
        g.setTransform(transforms.pop());
    }

    /** How far a stroke may reach beyond its path: half its width, or a miter of up to ten times that. */
    private static double strokePad(double lineWidth) {
        return 5 * Math.abs(lineWidth);
    }

    private boolean outside(Rectangle2D r, double pad) {
        return outside(r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY(), pad);
    }

    /** Whether the box spanned by the two corners (user space, grown by {@code pad}) misses the area. */
    private boolean outside(double x1, double y1, double x2, double y2, double pad) {
        if (area == null) {
            return false;
        }
        double left = Math.min(x1, x2) - pad;
        double right = Math.max(x1, x2) + pad;
        double top = Math.min(y1, y2) - pad;
        double bottom = Math.max(y1, y2) + pad;
        double[] corners = {left, top, right, top, left, bottom, right, bottom};
        g.getTransform().transform(corners, 0, corners, 0, 4);
        double minX = Math.min(Math.min(corners[0], corners[2]), Math.min(corners[4], corners[6]));
        double maxX = Math.max(Math.max(corners[0], corners[2]), Math.max(corners[4], corners[6]));
        double minY = Math.min(Math.min(corners[1], corners[3]), Math.min(corners[5], corners[7]));
        double maxY = Math.max(Math.max(corners[1], corners[3]), Math.max(corners[5], corners[7]));
        return maxX < area.getMinX() - AA_MARGIN || minX > area.getMaxX() + AA_MARGIN
                || maxY < area.getMinY() - AA_MARGIN || minY > area.getMaxY() + AA_MARGIN;
    }

    // A deque cannot hold null, and "no clip" must be restored as null.
    private static final Shape NO_CLIP = new Rectangle2D.Double();

    private void stroke(Shape s, int argb, double width, boolean round) {
        g.setColor(colour(argb));
        g.setStroke(round ? new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke((float) width));
        g.draw(s);
    }

    private static Color colour(int argb) {
        return new Color(argb, true);
    }

    private static Path2D shape(PathShape path) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (PathShape.Segment s : path.segments()) {
            switch (s) {
                case PathShape.MoveTo m -> p.moveTo(m.x(), m.y());
                case PathShape.LineTo l -> p.lineTo(l.x(), l.y());
                case PathShape.CubicTo c -> p.curveTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.x(), c.y());
                case PathShape.Close ignored -> p.closePath();
            }
        }
        return p;
    }
}
