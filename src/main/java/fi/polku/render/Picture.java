package fi.polku.render;

/**
 * Something drawn at a fixed size through a {@link Painter}: the exported map, or one analysis chart. The
 * same picture goes to the screen, PNG, SVG, PDF and the clipboard, so each shows exactly the same thing.
 */
public interface Picture {
    /** Width in picture pixels. */
    double width();

    /** Height in picture pixels. */
    double height();

    /** Paints the whole picture with its top-left corner at (0, 0). */
    void paint(Painter p);
}
