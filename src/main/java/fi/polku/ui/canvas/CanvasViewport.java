package fi.polku.ui.canvas;

import fi.polku.layout.Rect;

/**
 * Zoom and pan maths of the canvas, free of JavaFX: which part of the map (map pixels) is shown in a
 * view of a given size (screen pixels). screen = (map − offset) × zoom.
 */
public final class CanvasViewport {
    // Low enough that fitting shows the whole of a 20,000-touchpoint map in an ordinary window.
    public static final double MIN_ZOOM = 0.02;
    public static final double MAX_ZOOM = 4.0;
    /** Empty screen pixels allowed around the map when scrolled to an edge or fitted. */
    public static final double MARGIN = 24;

    private double zoom = 1;
    private double offsetX = -MARGIN;
    private double offsetY = -MARGIN;
    private double viewW;
    private double viewH;
    private Rect content = new Rect(0, 0, 0, 0);

    public double zoom() {
        return zoom;
    }

    public double offsetX() {
        return offsetX;
    }

    public double offsetY() {
        return offsetY;
    }

    public double viewWidth() {
        return viewW;
    }

    public double viewHeight() {
        return viewH;
    }

    public void setViewSize(double w, double h) {
        viewW = Math.max(0, w);
        viewH = Math.max(0, h);
        clamp();
    }

    public void setContent(Rect mapBounds) {
        content = mapBounds;
        clamp();
    }

    public double toMapX(double screenX) {
        return offsetX + screenX / zoom;
    }

    public double toMapY(double screenY) {
        return offsetY + screenY / zoom;
    }

    public double toScreenX(double mapX) {
        return (mapX - offsetX) * zoom;
    }

    public double toScreenY(double mapY) {
        return (mapY - offsetY) * zoom;
    }

    /** The part of the map in view, in map coordinates. */
    public Rect visibleRect() {
        return new Rect(offsetX, offsetY, viewW / zoom, viewH / zoom);
    }

    public static double clampZoom(double z) {
        return Double.isNaN(z) ? 1 : Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    /** Zooms so that the map point under the screen point stays under it (unless the edges forbid). */
    public void zoomAt(double newZoom, double screenX, double screenY) {
        double mx = toMapX(screenX);
        double my = toMapY(screenY);
        zoom = clampZoom(newZoom);
        offsetX = mx - screenX / zoom;
        offsetY = my - screenY / zoom;
        clamp();
    }

    /** Moves the view by screen pixels (positive = show more of the right / bottom). */
    public void panBy(double dxScreen, double dyScreen) {
        offsetX += dxScreen / zoom;
        offsetY += dyScreen / zoom;
        clamp();
    }

    /** Puts the map point at the view's top-left corner (scrollbars use this). */
    public void scrollTo(double mapX, double mapY) {
        offsetX = mapX;
        offsetY = mapY;
        clamp();
    }

    /** Zooms and pans so that {@code area} fills the view, no closer than {@code maxZoom}. */
    public void fit(Rect area, double maxZoom) {
        if (viewW <= 0 || viewH <= 0) {
            return;
        }
        double w = Math.max(1, area.w());
        double h = Math.max(1, area.h());
        double z = Math.min((viewW - 2 * MARGIN) / w, (viewH - 2 * MARGIN) / h);
        zoom = clampZoom(Math.min(z, maxZoom));
        offsetX = area.centerX() - viewW / 2 / zoom;
        offsetY = area.centerY() - viewH / 2 / zoom;
        clamp();
    }

    /** Scrolls the least needed to bring {@code area} into view. */
    public void reveal(Rect area) {
        Rect v = visibleRect();
        double m = MARGIN / zoom;
        if (area.x() - m < v.x()) {
            offsetX = area.x() - m;
        } else if (area.maxX() + m > v.maxX()) {
            offsetX = Math.min(area.x() - m, area.maxX() + m - v.w());
        }
        if (area.y() - m < v.y()) {
            offsetY = area.y() - m;
        } else if (area.maxY() + m > v.maxY()) {
            offsetY = Math.min(area.y() - m, area.maxY() + m - v.h());
        }
        clamp();
    }

    public double minOffsetX() {
        return Math.min(content.x() - MARGIN / zoom, maxRaw(content.x(), content.maxX(), viewW));
    }

    public double maxOffsetX() {
        return Math.max(content.x() - MARGIN / zoom, maxRaw(content.x(), content.maxX(), viewW));
    }

    public double minOffsetY() {
        return Math.min(content.y() - MARGIN / zoom, maxRaw(content.y(), content.maxY(), viewH));
    }

    public double maxOffsetY() {
        return Math.max(content.y() - MARGIN / zoom, maxRaw(content.y(), content.maxY(), viewH));
    }

    private double maxRaw(double lo, double hi, double view) {
        return hi + MARGIN / zoom - view / zoom;
    }

    /**
     * Keeps the map reachable: no scrolling past its far edges plus a margin. A map smaller than the
     * view may sit anywhere between its two margins (so fitting can centre it).
     */
    private void clamp() {
        offsetX = Math.max(minOffsetX(), Math.min(maxOffsetX(), offsetX));
        offsetY = Math.max(minOffsetY(), Math.min(maxOffsetY(), offsetY));
    }
}
