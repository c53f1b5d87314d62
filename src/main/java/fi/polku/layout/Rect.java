package fi.polku.layout;

/** An axis-aligned rectangle in map coordinates (pixels at 100 % zoom, y down). */
public record Rect(double x, double y, double w, double h) {
    public double maxX() {
        return x + w;
    }

    public double maxY() {
        return y + h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }

    public boolean intersects(Rect o) {
        return o.x <= x + w && o.x + o.w >= x && o.y <= y + h && o.y + o.h >= y;
    }

    public boolean containsRect(Rect o) {
        return o.x >= x && o.y >= y && o.maxX() <= maxX() && o.maxY() <= maxY();
    }

    public Rect inset(double d) {
        return new Rect(x + d, y + d, Math.max(0, w - 2 * d), Math.max(0, h - 2 * d));
    }

    /** The smallest rectangle holding both. */
    public Rect union(Rect o) {
        double nx = Math.min(x, o.x);
        double ny = Math.min(y, o.y);
        return new Rect(nx, ny, Math.max(maxX(), o.maxX()) - nx, Math.max(maxY(), o.maxY()) - ny);
    }

    /** The rectangle spanned by two corner points in any order (a rubber band). */
    public static Rect spanning(double x1, double y1, double x2, double y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }
}
