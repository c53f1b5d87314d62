package fi.polku.render.fx;

import fi.polku.layout.FontFace;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.model.Logo;
import fi.polku.render.LogoImage;
import fi.polku.render.Painter;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/** Paints onto a JavaFX canvas {@link GraphicsContext}: the screen backend of {@link Painter}. */
public final class FxPainter implements Painter {
    /** Rounded corners smaller than this on screen (pixels) do not show, and are left out. */
    private static final double INVISIBLE_RADIUS_PX = 1;
    /**
     * Lines at most this wide on screen (pixels) may have their straight runs filled as rectangles: at such
     * a width a square end and the stroke's round cap cover the same pixels.
     */
    private static final double THIN_LINE_PX = 2;

    /** Screen images of logo rasters, dropped with the raster when the logo leaves its cache. */
    private static final Map<java.awt.image.BufferedImage, Image> LOGOS = new WeakHashMap<>();

    /**
     * The largest text drawn at screen size: JavaFX draws larger glyphs as outlines whatever the transform
     * (its font size limit, 80 px by default), so nothing is gained above it.
     */
    private static final double SCREEN_TEXT_LIMIT = 80;

    private final GraphicsContext gc;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final boolean screenText;
    private final Affine transform = new Affine();

    public FxPainter(GraphicsContext gc) {
        this(gc, false);
    }

    /**
     * A painter that draws text under a scaling transform at its size on the screen, with the transform
     * set aside for it, as a slide does. The software pipeline draws a glyph under a scale as an outline
     * through its path rasteriser, and one at screen size from the glyph cache: a slide full of enlarged
     * card text took several times as long as its shapes. The text keeps its place and size; its glyphs
     * are drawn as the window's own text is, from the glyph cache at the screen size.
     */
    public static FxPainter withScreenText(GraphicsContext gc) {
        return new FxPainter(gc, true);
    }

    private FxPainter(GraphicsContext gc, boolean screenText) {
        this.gc = gc;
        this.screenText = screenText;
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
    }

    /** A JavaFX colour of an ARGB int, for what the canvas draws beside the painter. */
    public static Color colourOf(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    private Color colour(int argb) {
        return colours.computeIfAbsent(argb, c -> Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF,
                ((c >>> 24) & 0xFF) / 255.0));
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        gc.setFill(colour(argb));
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        gc.setStroke(colour(argb));
        gc.setLineWidth(lineWidth);
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius, int argb) {
        gc.setFill(colour(argb));
        gc.fillRoundRect(x, y, w, h, 2 * radius, 2 * radius);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius, int argb, double lineWidth) {
        gc.setStroke(colour(argb));
        gc.setLineWidth(lineWidth);
        gc.strokeRoundRect(x, y, w, h, 2 * radius, 2 * radius);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth) {
        gc.setStroke(colour(argb));
        gc.setLineWidth(lineWidth);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPath(PathShape path, int argb) {
        trace(path);
        gc.setFill(colour(argb));
        gc.fill();
    }

    @Override
    public void strokePath(PathShape path, int argb, double lineWidth) {
        trace(path);
        stroke(argb, lineWidth);
    }

    private void stroke(int argb, double lineWidth) {
        gc.setStroke(colour(argb));
        gc.setLineWidth(lineWidth);
        gc.stroke();
    }

    @Override
    public void fillPaths(List<PathShape> paths, int argb) {
        if (paths.isEmpty()) {
            return;
        }
        // One fill of all sub-paths: the canvas pays its per-shape set-up and per-row pass once.
        gc.beginPath();
        paths.forEach(this::traceSegments);
        gc.setFill(colour(argb));
        gc.fill();
    }

    @Override
    public void fillRoundRects(List<Rect> rects, double radius, int argb) {
        if (rects.isEmpty()) {
            return;
        }
        gc.setFill(colour(argb));
        if (radius * Math.abs(gc.getTransform().getMxx()) < INVISIBLE_RADIUS_PX) {
            // A plain rectangle is filled without the path rasteriser, several times faster. The transform
            // is a translation and a uniform scale, so its x scale is the scale.
            for (Rect r : rects) {
                gc.fillRect(r.x(), r.y(), r.w(), r.h());
            }
            return;
        }
        gc.beginPath();
        for (Rect r : rects) {
            traceSegments(PathShape.roundRect(r.x(), r.y(), r.w(), r.h(), radius));
        }
        gc.fill();
    }

    @Override
    public void strokePaths(List<PathShape> paths, int argb, double lineWidth) {
        if (paths.isEmpty()) {
            return;
        }
        gc.beginPath();
        if (lineWidth * Math.abs(gc.getTransform().getMxx()) <= THIN_LINE_PX) {
            // The straight horizontal and vertical runs of a thin line are filled as rectangles, which the
            // canvas does without its path rasteriser, and only the bends are stroked: a flow line crossing
            // the screen then costs little more than its corners.
            StraightRuns runs = new StraightRuns(gc, lineWidth);
            for (PathShape path : paths) {
                if (StraightRuns.isOpen(path)) {
                    runs.add(gc, path);
                } else {
                    traceSegments(path);
                }
            }
            runs.fill(gc, colour(argb));
        } else {
            paths.forEach(this::traceSegments);
        }
        stroke(argb, lineWidth);
    }

    private void trace(PathShape path) {
        gc.beginPath();
        traceSegments(path);
    }

    private void traceSegments(PathShape path) {
        for (PathShape.Segment s : path.segments()) {
            switch (s) {
                case PathShape.MoveTo m -> gc.moveTo(m.x(), m.y());
                case PathShape.LineTo l -> gc.lineTo(l.x(), l.y());
                case PathShape.CubicTo c -> gc.bezierCurveTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.x(), c.y());
                case PathShape.Close ignored -> gc.closePath();
            }
        }
    }

    @Override
    public void text(String text, double x, double baseline, FontFace face, double size, int argb) {
        gc.setFill(colour(argb));
        if (screenText) {
            gc.getTransform(transform);
            double scale = transform.getMxx();
            if (scale != 1 && scale > 0 && transform.getMyy() == scale && transform.getMxy() == 0
                    && transform.getMyx() == 0 && size * scale <= SCREEN_TEXT_LIMIT) {
                double tx = transform.getTx();
                double ty = transform.getTy();
                gc.setTransform(1, 0, 0, 1, 0, 0);
                gc.setFont(FxFonts.font(face, size * scale));
                gc.fillText(text, tx + x * scale, ty + baseline * scale);
                gc.setTransform(transform);
                return;
            }
        }
        gc.setFont(FxFonts.font(face, size));
        gc.fillText(text, x, baseline);
    }

    @Override
    public void logo(Logo logo, double x, double y, double w, double h) {
        LogoImage image = logo == null ? null : LogoImage.of(logo);
        if (image == null || !image.usable()) {
            return;
        }
        fi.polku.layout.Rect box = image.fit(x, y, w, h, 0.5);
        // Rendered at the pixels it covers (twice that for high-density screens), so it is sharp at any zoom.
        double pixels = 2 * Math.abs(gc.getTransform().getMxx());
        java.awt.image.BufferedImage raster = image.raster((int) Math.ceil(box.w() * pixels),
                (int) Math.ceil(box.h() * pixels));
        Image fx;
        synchronized (LOGOS) {
            fx = LOGOS.computeIfAbsent(raster, r -> SwingFXUtils.toFXImage(r, null));
        }
        gc.drawImage(fx, box.x(), box.y(), box.w(), box.h());
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        gc.save();
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.clip();
    }

    @Override
    public void popClip() {
        gc.restore();
    }

    @Override
    public void pushTransform(double translateX, double translateY, double scale) {
        gc.save();
        gc.translate(translateX, translateY);
        gc.scale(scale, scale);
    }

    @Override
    public void popTransform() {
        gc.restore();
    }
}
