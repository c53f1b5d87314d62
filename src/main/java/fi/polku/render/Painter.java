package fi.polku.render;

import fi.polku.layout.FontFace;
import fi.polku.layout.PathShape;
import fi.polku.layout.Rect;
import fi.polku.model.Logo;

import java.util.List;

/**
 * The one small drawing interface every output implements: the screen (JavaFX), SVG, PDF and PNG.
 * Coordinates are map pixels (y down) under the current transform. Colours are ARGB ints (0xAARRGGBB);
 * an alpha below 0xFF means translucent. Text is drawn with the bundled Noto Sans at a baseline.
 * Push and pop calls nest and must balance.
 */
public interface Painter {
    void fillRect(double x, double y, double w, double h, int argb);

    void strokeRect(double x, double y, double w, double h, int argb, double lineWidth);

    /** A rectangle with circular corners of {@code radius}. */
    void fillRoundRect(double x, double y, double w, double h, double radius, int argb);

    void strokeRoundRect(double x, double y, double w, double h, double radius, int argb, double lineWidth);

    void line(double x1, double y1, double x2, double y2, int argb, double lineWidth);

    /** Fills a path (non-zero winding). */
    void fillPath(PathShape path, int argb);

    /** Strokes a path with round joins and caps. */
    void strokePath(PathShape path, int argb, double lineWidth);

    /**
     * Fills paths of one colour that do not overlap, or overlap only where wound the same way. A backend
     * may fill them as one shape: on a canvas each fill has a fixed cost, whatever its size.
     */
    default void fillPaths(List<PathShape> paths, int argb) {
        for (PathShape path : paths) {
            fillPath(path, argb);
        }
    }

    /** Strokes paths of one colour and width; a backend may stroke them as one shape. */
    default void strokePaths(List<PathShape> paths, int argb, double lineWidth) {
        for (PathShape path : paths) {
            strokePath(path, argb, lineWidth);
        }
    }

    /** Fills rounded rectangles of one colour and radius that do not overlap; a backend may fill them as one shape. */
    default void fillRoundRects(List<Rect> rects, double radius, int argb) {
        for (Rect r : rects) {
            fillRoundRect(r.x(), r.y(), r.w(), r.h(), radius, argb);
        }
    }

    /**
     * Flow arrows: each line with its head at its end, the lists in the same order. A backend with arrowheads
     * of its own (PowerPoint) draws each as one line ending in an arrowhead, which stays one arrow when moved.
     */
    default void arrows(List<PathShape> lines, List<PathShape> heads, int argb, double lineWidth) {
        strokePaths(lines, argb, lineWidth);
        fillPaths(heads, argb);
    }

    /**
     * Draws a picture (an analysis chart) {@code scale} times its size with its top-left corner at (x, y),
     * clipped to its size. A backend may place it as an image instead: a slide shows charts as pictures.
     */
    default void picture(Picture picture, double x, double y, double scale) {
        pushTransform(x, y, scale);
        pushClip(0, 0, picture.width(), picture.height());
        picture.paint(this);
        popClip();
        popTransform();
    }

    /** One line of text whose left end of the baseline is at (x, baseline). */
    void text(String text, double x, double baseline, FontFace face, double size, int argb);

    /**
     * Draws a brand's logo as large as fits in the box with its proportions kept, centred ({@link
     * LogoImage#fit} places it otherwise). An SVG logo stays vectors where the output has them (SVG, PDF);
     * a logo that does not decode draws nothing. Every backend of the project overrides this; the default,
     * for painters that only record or measure, draws nothing.
     */
    default void logo(Logo logo, double x, double y, double w, double h) {
    }

    /** Restricts drawing to a rectangle until the matching {@link #popClip()}. */
    void pushClip(double x, double y, double w, double h);

    void popClip();

    /** Translates then scales everything drawn until the matching {@link #popTransform()}. */
    void pushTransform(double translateX, double translateY, double scale);

    void popTransform();

    /** Starts a named group (an SVG {@code <g id class>}); backends without groups ignore it. */
    default void beginGroup(String id, String cssClass) {
    }

    default void endGroup() {
    }
}
