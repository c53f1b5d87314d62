package fi.polku.bench;

import fi.polku.layout.FontFace;
import fi.polku.layout.PathShape;
import fi.polku.render.Painter;

import java.util.ArrayList;
import java.util.List;

/**
 * Passes every call on to the real painter and keeps, in screen coordinates, the rounded rectangles and
 * strings painted, so that the bare-canvas baseline can paint exactly as many of them at the same places.
 */
final class RecordingPainter implements Painter {
    record RoundRect(double x, double y, double w, double h, double radius) {
    }

    record Text(String text, double x, double baseline, double size) {
    }

    final List<RoundRect> roundRects = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();
    /** Calls per kind of primitive, to explain where a paint's time goes. */
    final java.util.Map<String, Integer> calls = new java.util.TreeMap<>();
    private final Painter target;
    private final List<double[]> transforms = new ArrayList<>();
    private double tx;
    private double ty;
    private double scale = 1;

    RecordingPainter(Painter target) {
        this.target = target;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        calls.merge("fillRect", 1, Integer::sum);
        target.fillRect(x, y, w, h, argb);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        calls.merge("strokeRect", 1, Integer::sum);
        target.strokeRect(x, y, w, h, argb, lineWidth);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius, int argb) {
        calls.merge("fillRoundRect", 1, Integer::sum);
        roundRects.add(new RoundRect(tx + x * scale, ty + y * scale, w * scale, h * scale, radius * scale));
        target.fillRoundRect(x, y, w, h, radius, argb);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius, int argb, double lineWidth) {
        calls.merge("strokeRoundRect", 1, Integer::sum);
        roundRects.add(new RoundRect(tx + x * scale, ty + y * scale, w * scale, h * scale, radius * scale));
        target.strokeRoundRect(x, y, w, h, radius, argb, lineWidth);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth) {
        calls.merge("line", 1, Integer::sum);
        target.line(x1, y1, x2, y2, argb, lineWidth);
    }

    @Override
    public void fillPath(PathShape path, int argb) {
        calls.merge("fillPath", 1, Integer::sum);
        target.fillPath(path, argb);
    }

    @Override
    public void strokePath(PathShape path, int argb, double lineWidth) {
        calls.merge("strokePath", 1, Integer::sum);
        target.strokePath(path, argb, lineWidth);
    }

    @Override
    public void text(String text, double x, double baseline, FontFace face, double size, int argb) {
        calls.merge("text", 1, Integer::sum);
        texts.add(new Text(text, tx + x * scale, ty + baseline * scale, size * scale));
        target.text(text, x, baseline, face, size, argb);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        calls.merge("pushClip", 1, Integer::sum);
        target.pushClip(x, y, w, h);
    }

    @Override
    public void popClip() {
        target.popClip();
    }

    @Override
    public void pushTransform(double translateX, double translateY, double s) {
        transforms.add(new double[] {tx, ty, scale});
        tx += translateX * scale;
        ty += translateY * scale;
        scale *= s;
        target.pushTransform(translateX, translateY, s);
    }

    @Override
    public void popTransform() {
        double[] t = transforms.removeLast();
        tx = t[0];
        ty = t[1];
        scale = t[2];
        target.popTransform();
    }
}
