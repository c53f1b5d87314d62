package fi.polku.export;

import fi.polku.layout.FontFace;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.model.Logo;
import fi.polku.render.LogoImage;
import fi.polku.render.Painter;
import fi.polku.render.Picture;
import org.apache.poi.sl.usermodel.LineDecoration.DecorationShape;
import org.apache.poi.sl.usermodel.LineDecoration.DecorationSize;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle.LineCap;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFShapeContainer;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGeomGuide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGeomGuideList;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPresetGeometry2D;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Paints into a PowerPoint slide (or any shape container) as native, editable shapes: rectangles and rounded
 * rectangles as preset shapes that carry the text drawn inside them (a card's title, a lane's or a stage's
 * name), straight lines as connectors, flow arrows as lines with an arrowhead, paths as freeforms, other text
 * as text boxes in Noto Sans, a logo or a chart as a picture. Each {@link #beginGroup} becomes a named group,
 * so a card moves as one. Works in slide points after the transforms pushed; a clip leaves out what lies
 * outside it, and crops rectangles, as a slide has no clipping.
 */
public final class XslfPainter implements Painter {
    /** The font PowerPoint and Impress are asked for: the family of the bundled faces. */
    public static final String FONT = "Noto Sans";
    /** Charts become pictures of twice their size on the slide, sharp on a projector and in print. */
    private static final double PICTURE_RESOLUTION = 2;

    private final XMLSlideShow show;
    private final Deque<XSLFShapeContainer> containers = new ArrayDeque<>();
    private final Deque<double[]> transforms = new ArrayDeque<>();
    private final Deque<Rect> clips = new ArrayDeque<>();
    private final XslfText text;
    private double tx;
    private double ty;
    private double s = 1;
    private Rect clip;

    public XslfPainter(XMLSlideShow show, XSLFShapeContainer container) {
        this.show = show;
        this.containers.push(container);
        this.text = new XslfText(this::container);
    }

    private XSLFShapeContainer container() {
        return containers.peek();
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        box(ShapeType.RECT, x, y, w, h, 0, argb, 0, 0, true);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        box(ShapeType.RECT, x, y, w, h, 0, 0, argb, lineWidth, true);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius, int argb) {
        box(ShapeType.ROUND_RECT, x, y, w, h, radius, argb, 0, 0, false);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius, int argb, double lineWidth) {
        box(ShapeType.ROUND_RECT, x, y, w, h, radius, 0, argb, lineWidth, false);
    }

    /**
     * A rectangle as a preset shape. An outline of the shape just filled becomes that shape's line (a card
     * is then one shape); a filled one becomes the host of text drawn inside it next.
     */
    private void box(ShapeType type, double x, double y, double w, double h, double radius, int fill, int line,
                     double lineWidth, boolean cropped) {
        if (fill >>> 24 == 0 && line >>> 24 == 0) {
            return;
        }
        Rect r = toSlide(x, y, w, h);
        if (clip != null && !cropped && !contains(clip, r)) {
            return;
        }
        Rect shown = clip == null ? r : intersection(r, clip);
        if (shown == null || shown.w() <= 0 && shown.h() <= 0) {
            return;
        }
        text.flush();
        XSLFAutoShape host = text.host();
        if (fill >>> 24 == 0 && host != null && text.hostBounds().equals(shown)) {
            host.setLineColor(colour(line));
            host.setLineWidth(lineWidth * s);
            return;
        }
        XSLFAutoShape shape = container().createAutoShape();
        shape.setShapeType(type);
        shape.setAnchor(new Rectangle2D.Double(shown.x(), shown.y(), shown.w(), shown.h()));
        if (type == ShapeType.ROUND_RECT) {
            corner(shape, radius * s / Math.max(0.01, Math.min(shown.w(), shown.h())));
        }
        shape.setFillColor(fill >>> 24 == 0 ? null : colour(fill));
        if (line >>> 24 == 0) {
            shape.setLineColor(null);
        } else {
            shape.setLineColor(colour(line));
            shape.setLineWidth(lineWidth * s);
        }
        if (fill >>> 24 != 0) {
            text.host(shape, shown);
        }
    }

    /** Sets a rounded rectangle's corner: the preset's one adjustment, in 1/100000 of the shorter side. */
    private static void corner(XSLFAutoShape shape, double fraction) {
        CTPresetGeometry2D geometry = ((CTShape) shape.getXmlObject()).getSpPr().getPrstGeom();
        CTGeomGuideList guides = geometry.isSetAvLst() ? geometry.getAvLst() : geometry.addNewAvLst();
        CTGeomGuide adj = guides.addNewGd();
        adj.setName("adj");
        adj.setFmla("val " + Math.round(Math.max(0, Math.min(0.5, fraction)) * 100000));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth) {
        if (argb >>> 24 == 0) {
            return;
        }
        double ax = tx + x1 * s;
        double ay = ty + y1 * s;
        double bx = tx + x2 * s;
        double by = ty + y2 * s;
        if (clip != null) {
            // Lines here are rules and grid lines, straight across or down: cropped to the clip like a rectangle.
            Rect crop = intersection(new Rect(Math.min(ax, bx), Math.min(ay, by), Math.abs(bx - ax), Math.abs(by - ay)),
                    clip);
            if (crop == null) {
                return;
            }
            if (ax == bx || ay == by) {
                ax = crop.x();
                bx = crop.maxX();
                ay = crop.y();
                by = crop.maxY();
            }
        }
        text.flush();
        XSLFConnectorShape c = container().createConnector();
        c.setAnchor(new Rectangle2D.Double(Math.min(ax, bx), Math.min(ay, by), Math.abs(bx - ax), Math.abs(by - ay)));
        c.setFlipHorizontal(bx < ax);
        c.setFlipVertical(by < ay);
        c.setLineColor(colour(argb));
        c.setLineWidth(lineWidth * s);
    }

    @Override
    public void fillPath(PathShape path, int argb) {
        fillPaths(List.of(path), argb);
    }

    @Override
    public void strokePath(PathShape path, int argb, double lineWidth) {
        strokePaths(List.of(path), argb, lineWidth);
    }

    /** Paths of one colour become one freeform: five stars are one shape, not five. */
    @Override
    public void fillPaths(List<PathShape> paths, int argb) {
        Path2D.Double shape = visible(paths);
        if (shape != null && argb >>> 24 != 0) {
            XSLFFreeformShape f = freeform(shape);
            f.setFillColor(colour(argb));
            f.setLineColor(null);
        }
    }

    @Override
    public void strokePaths(List<PathShape> paths, int argb, double lineWidth) {
        Path2D.Double shape = visible(paths);
        if (shape != null && argb >>> 24 != 0) {
            stroke(freeform(shape), argb, lineWidth);
        }
    }

    /** Each arrow is one line whose end carries PowerPoint's own arrowhead, drawn to the head's tip. */
    @Override
    public void arrows(List<PathShape> lines, List<PathShape> heads, int argb, double lineWidth) {
        for (int i = 0; i < lines.size(); i++) {
            Path2D.Double shape = visible(List.of(lines.get(i)));
            if (shape == null) {
                continue;
            }
            if (i < heads.size() && heads.get(i).segments().getFirst() instanceof PathShape.MoveTo tip) {
                shape.lineTo(tx + tip.x() * s, ty + tip.y() * s);
            }
            XSLFFreeformShape f = freeform(shape);
            stroke(f, argb, lineWidth);
            f.setLineTailDecoration(DecorationShape.TRIANGLE);
            f.setLineTailWidth(DecorationSize.SMALL);
            f.setLineTailLength(DecorationSize.SMALL);
        }
    }

    private XSLFFreeformShape freeform(Path2D.Double shape) {
        text.flush();
        XSLFFreeformShape f = container().createFreeform();
        f.setPath(shape);
        return f;
    }

    private void stroke(XSLFSimpleShape shape, int argb, double lineWidth) {
        shape.setFillColor(null);
        shape.setLineColor(colour(argb));
        shape.setLineWidth(lineWidth * s);
        shape.setLineCap(LineCap.ROUND);
    }

    /** The paths in slide points, or null when a clip leaves any of them out: a curve is never cut. */
    private Path2D.Double visible(List<PathShape> paths) {
        if (paths.isEmpty()) {
            return null;
        }
        Path2D.Double out = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (PathShape path : paths) {
            for (PathShape.Segment seg : path.segments()) {
                switch (seg) {
                    case PathShape.MoveTo m -> out.moveTo(tx + m.x() * s, ty + m.y() * s);
                    case PathShape.LineTo l -> out.lineTo(tx + l.x() * s, ty + l.y() * s);
                    case PathShape.CubicTo c -> out.curveTo(tx + c.c1x() * s, ty + c.c1y() * s, tx + c.c2x() * s,
                            ty + c.c2y() * s, tx + c.x() * s, ty + c.y() * s);
                    case PathShape.Close ignored -> out.closePath();
                }
            }
        }
        Rectangle2D b = out.getBounds2D();
        Rect bounds = new Rect(b.getX(), b.getY(), b.getWidth(), b.getHeight());
        return clip == null || contains(clip.inset(-2), bounds) ? out : null;
    }

    @Override
    public void text(String line, double x, double baseline, FontFace face, double size, int argb) {
        double sx = tx + x * s;
        double sy = ty + baseline * s;
        if (line.isBlank() || argb >>> 24 == 0 || clip != null && !clip.inset(-1).contains(sx, sy - size * s / 2)) {
            return;
        }
        text.add(line, sx, sy, face, size * s, colour(argb));
    }

    @Override
    public void logo(Logo logo, double x, double y, double w, double h) {
        if (logo == null || !LogoImage.of(logo).usable()) {
            return;
        }
        Rect box = LogoImage.of(logo).fit(x, y, w, h, 0.5);
        Rect r = toSlide(box.x(), box.y(), box.w(), box.h());
        // Four pixels a point: sharp when the slide is shown full screen.
        BufferedImage image = LogoImage.of(logo).raster((int) Math.ceil(r.w() * 4), (int) Math.ceil(r.h() * 4));
        image(image, r);
    }

    /** A chart becomes a PNG picture at twice its size on the slide. */
    @Override
    public void picture(Picture picture, double x, double y, double scale) {
        if (picture.width() <= 0 || picture.height() <= 0) {
            return;
        }
        Rect r = toSlide(x, y, picture.width() * scale, picture.height() * scale);
        image(ChartExporter.render(picture, scale * s * PICTURE_RESOLUTION), r);
    }

    private void image(BufferedImage image, Rect r) {
        text.flush();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            PngExporter.write(image, null, png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        XSLFPictureShape picture = container().createPicture(show.addPicture(png.toByteArray(),
                PictureData.PictureType.PNG));
        picture.setAnchor(new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()));
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        clips.push(clip == null ? new Rect(Double.NaN, 0, 0, 0) : clip);
        Rect r = toSlide(x, y, w, h);
        Rect next = clip == null ? r : intersection(clip, r);
        clip = next == null ? new Rect(r.x(), r.y(), 0, 0) : next;
    }

    @Override
    public void popClip() {
        Rect previous = clips.pop();
        clip = Double.isNaN(previous.x()) ? null : previous;
    }

    @Override
    public void pushTransform(double translateX, double translateY, double scale) {
        transforms.push(new double[] {tx, ty, s});
        tx += translateX * s;
        ty += translateY * s;
        s *= scale;
    }

    @Override
    public void popTransform() {
        double[] t = transforms.pop();
        tx = t[0];
        ty = t[1];
        s = t[2];
    }

    /** A group named after the element (a card's "tp-" id, a lane, a stage), so the selection pane lists it. */
    @Override
    public void beginGroup(String id, String cssClass) {
        text.flush();
        text.host(null, null);
        XSLFGroupShape group = container().createGroup();
        ((CTGroupShape) group.getXmlObject()).getNvGrpSpPr().getCNvPr().setName(id);
        containers.push(group);
    }

    @Override
    public void endGroup() {
        text.flush();
        text.host(null, null);
        XSLFGroupShape group = (XSLFGroupShape) containers.pop();
        List<XSLFShape> shapes = group.getShapes();
        if (shapes.isEmpty()) {
            container().removeShape(group);
            return;
        }
        Rectangle2D bounds = null;
        for (XSLFShape shape : shapes) {
            Rectangle2D a = shape.getAnchor();
            bounds = bounds == null ? (Rectangle2D) a.clone() : bounds.createUnion(a);
        }
        // The children keep slide coordinates: the group's frame and its inside are the same rectangle.
        group.setAnchor(bounds);
        group.setInteriorAnchor(bounds);
    }

    /** Writes out text still waiting to be joined with the next line; call when the slide is done. */
    public void finish() {
        text.flush();
    }

    private Rect toSlide(double x, double y, double w, double h) {
        return new Rect(tx + x * s, ty + y * s, w * s, h * s);
    }

    private static boolean contains(Rect outer, Rect inner) {
        return inner.x() >= outer.x() - 0.5 && inner.y() >= outer.y() - 0.5 && inner.maxX() <= outer.maxX() + 0.5
                && inner.maxY() <= outer.maxY() + 0.5;
    }

    private static Rect intersection(Rect a, Rect b) {
        double x0 = Math.max(a.x(), b.x());
        double y0 = Math.max(a.y(), b.y());
        double x1 = Math.min(a.maxX(), b.maxX());
        double y1 = Math.min(a.maxY(), b.maxY());
        return x1 < x0 || y1 < y0 ? null : new Rect(x0, y0, x1 - x0, y1 - y0);
    }

    static Color colour(int argb) {
        return new Color(argb, true);
    }
}
