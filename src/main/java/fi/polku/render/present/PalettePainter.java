package fi.polku.render.present;

import fi.polku.layout.FontFace;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.model.Logo;
import fi.polku.render.Painter;

import java.util.List;

/** Passes every drawing call on to another painter with its colour carried over by {@link PaletteColours}. */
final class PalettePainter implements Painter {
    private final Painter target;
    private final PaletteColours colours;

    PalettePainter(Painter target, PaletteColours colours) {
        this.target = target;
        this.colours = colours;
    }

    /** {@code target} itself where the colours stay as they are, else a painter recolouring into it. */
    static Painter over(Painter target, PaletteColours colours) {
        return colours.identity() ? target : new PalettePainter(target, colours);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, int argb) {
        target.fillRect(x, y, w, h, colours.map(argb));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, int argb, double lineWidth) {
        target.strokeRect(x, y, w, h, colours.map(argb), lineWidth);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius, int argb) {
        target.fillRoundRect(x, y, w, h, radius, colours.map(argb));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius, int argb, double lineWidth) {
        target.strokeRoundRect(x, y, w, h, radius, colours.map(argb), lineWidth);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth) {
        target.line(x1, y1, x2, y2, colours.map(argb), lineWidth);
    }

    @Override
    public void fillPath(PathShape path, int argb) {
        target.fillPath(path, colours.map(argb));
    }

    @Override
    public void strokePath(PathShape path, int argb, double lineWidth) {
        target.strokePath(path, colours.map(argb), lineWidth);
    }

    @Override
    public void fillPaths(List<PathShape> paths, int argb) {
        target.fillPaths(paths, colours.map(argb));
    }

    @Override
    public void strokePaths(List<PathShape> paths, int argb, double lineWidth) {
        target.strokePaths(paths, colours.map(argb), lineWidth);
    }

    @Override
    public void fillRoundRects(List<Rect> rects, double radius, int argb) {
        target.fillRoundRects(rects, radius, colours.map(argb));
    }

    @Override
    public void text(String text, double x, double baseline, FontFace face, double size, int argb) {
        target.text(text, x, baseline, face, size, colours.map(argb));
    }

    @Override
    public void logo(Logo logo, double x, double y, double w, double h) {
        target.logo(logo, x, y, w, h);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        target.pushClip(x, y, w, h);
    }

    @Override
    public void popClip() {
        target.popClip();
    }

    @Override
    public void pushTransform(double translateX, double translateY, double scale) {
        target.pushTransform(translateX, translateY, scale);
    }

    @Override
    public void popTransform() {
        target.popTransform();
    }

    @Override
    public void beginGroup(String id, String cssClass) {
        target.beginGroup(id, cssClass);
    }

    @Override
    public void endGroup() {
        target.endGroup();
    }
}
