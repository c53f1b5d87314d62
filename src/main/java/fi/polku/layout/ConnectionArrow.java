package fi.polku.layout;

import java.util.List;

/**
 * An arrow from one card to another: a path of cubic pieces (straight runs and rounded corners) that
 * leaves a side of the source card and runs through the gutters between cells, a filled head at the
 * target end and, when the connection has a label, its text over a small backing box.
 *
 * @param path      the line from the source card's edge to the base of the head, in order
 * @param labelBox  the backing box of the label, or null when there is no label
 * @param labelText the label's text line, or null when there is no label
 */
public record ConnectionArrow(String id, String fromId, String toId, List<CubicSegment> path, PathShape head,
                              String label, Rect labelBox, TextBlock labelText) {
    /** Length of the head from its base to its tip (map pixels). */
    public static final double HEAD_LENGTH = 8;

    public ConnectionArrow {
        path = List.copyOf(path);
    }

    /** The whole line as one path shape, ready to stroke. */
    public PathShape line() {
        PathShape.Builder b = PathShape.builder().moveTo(path.getFirst().x0(), path.getFirst().y0());
        for (CubicSegment s : path) {
            b.cubicTo(s.c1x(), s.c1y(), s.c2x(), s.c2y(), s.x1(), s.y1());
        }
        return b.build();
    }

    /** The pieces of the line near {@code area}, or null when none is (see {@link PathShape#piecesWithin}). */
    public PathShape lineWithin(Rect area) {
        return PathShape.piecesWithin(path, area);
    }

    /** A box holding the line and its head, for culling. */
    public Rect bounds() {
        Rect r = path.getFirst().bounds();
        for (CubicSegment s : path) {
            r = r.union(s.bounds());
        }
        return r;
    }
}
