package fi.polku.export.report;

import fi.polku.render.Painter;

/**
 * A piece of a text page, laid out for the content width when made: the flow places blocks top to bottom
 * and splits one that does not fit between pages.
 */
interface Block {
    double height();

    /** The height of the smallest part that can stand at the foot of a page (a line, a header and a row). */
    double firstPartHeight();

    /**
     * The part that fits in {@code room} and the rest; a null first part when not even {@link #firstPartHeight}
     * fits. Only called when the whole block does not fit.
     */
    Block[] split(double room);

    /** Paints the block with its top-left corner at (x, y). */
    void paint(Painter p, double x, double y);

    /** A heading is never left alone at the foot of a page: it moves to the next page with what follows it. */
    default boolean keepWithNext() {
        return false;
    }
}
