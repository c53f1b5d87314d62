package fi.polku.render.fx;

import fi.polku.layout.FontFace;
import fi.polku.layout.PathShape;
import fi.polku.render.Painter;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

import java.util.HashMap;
import java.util.Map;

/** Paints onto a JavaFX canvas {@link GraphicsContext}: the screen backend of {@link Painter}. */
public final class FxPainter implements Painter {
    private final GraphicsContext gc;
    private final Map<Integer, Color> colours = new HashMap<>();

    public FxPainter(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
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
        gc.setStroke(colour(argb));
        gc.setLineWidth(lineWidth);
        gc.stroke();
    }

    private void trace(PathShape path) {
        gc.beginPath();
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
        gc.setFont(FxFonts.font(face, size));
        gc.setFill(colour(argb));
        gc.fillText(text, x, baseline);
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
