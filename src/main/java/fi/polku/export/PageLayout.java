package fi.polku.export;

/**
 * How a PDF (or a PNG with a DPI) is paged: one page the size of the map, or landscape A4/A3 sheets. A map
 * larger than one sheet is tiled across sheets at its natural size, as a poster to glue together.
 */
public enum PageLayout {
    FIT(0, 0), A4(297, 210), A3(420, 297);

    private final double widthMm;
    private final double heightMm;

    PageLayout(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** Landscape sheet width in millimetres (0 for {@link #FIT}). */
    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    /** Landscape sheet width in PDF points (1/72 inch). */
    public double widthPt() {
        return widthMm / 25.4 * 72;
    }

    public double heightPt() {
        return heightMm / 25.4 * 72;
    }
}
