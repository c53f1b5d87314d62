package fi.polku.layout;

/** One cubic Bézier piece of a curve, with its control-point bounding box for culling. */
public record CubicSegment(double x0, double y0, double c1x, double c1y, double c2x, double c2y, double x1,
                           double y1) {
    /** A box that holds the whole piece (a Bézier stays inside its control points' hull). */
    public Rect bounds() {
        double minX = Math.min(Math.min(x0, x1), Math.min(c1x, c2x));
        double maxX = Math.max(Math.max(x0, x1), Math.max(c1x, c2x));
        double minY = Math.min(Math.min(y0, y1), Math.min(c1y, c2y));
        double maxY = Math.max(Math.max(y0, y1), Math.max(c1y, c2y));
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }
}
