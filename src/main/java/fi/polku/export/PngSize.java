package fi.polku.export;

import java.util.Locale;

/**
 * How an {@link ExportPicture} lands on a PNG: the image's size in pixels and the transform that places
 * the picture in it (scaled at the options' scale or DPI, or fitted and centred on a printed sheet).
 *
 * @param width   image width in pixels
 * @param height  image height in pixels
 * @param scale   image pixels per picture pixel
 * @param offsetX where the picture's left edge lies, in image pixels (non-zero only on a sheet)
 * @param offsetY where the picture's top edge lies, in image pixels (non-zero only on a sheet)
 */
public record PngSize(int width, int height, double scale, double offsetX, double offsetY) {
    /**
     * The largest side written: libpng, which most viewers and editors read PNG with, refuses wider or
     * taller images by default.
     */
    public static final int MAX_SIDE = 1_000_000;
    /**
     * The most pixels written: one image beyond 2³¹−1 pixels (8 GiB decoded) cannot be opened whole by Java
     * and by many programs that index pixels with 32-bit numbers.
     */
    public static final long MAX_PIXELS = Integer.MAX_VALUE;
    private static final double CSS_DPI = 96;

    /** The PNG size for {@code picture} under {@code options}; not yet checked against the limits. */
    public static PngSize of(ExportPicture picture, ExportOptions options) {
        if (options.dpi() != null && options.page() != PageLayout.FIT) {
            int w = (int) Math.round(options.page().widthMm() / 25.4 * options.dpi());
            int h = (int) Math.round(options.page().heightMm() / 25.4 * options.dpi());
            double scale = Math.min(w / picture.width(), h / picture.height());
            return new PngSize(w, h, scale, (w - picture.width() * scale) / 2, (h - picture.height() * scale) / 2);
        }
        double scale = options.dpi() != null ? options.dpi() / CSS_DPI : options.scale();
        return new PngSize((int) Math.ceil(picture.width() * scale), (int) Math.ceil(picture.height() * scale),
                scale, 0, 0);
    }

    public long pixels() {
        return (long) width * height;
    }

    /** Whether the image is within what a PNG reader can be expected to open. */
    public boolean fits() {
        return fits(width, height);
    }

    /** Whether a {@code width} × {@code height} PNG is within what a PNG reader can be expected to open. */
    public static boolean fits(long width, long height) {
        return width <= MAX_SIDE && height <= MAX_SIDE && width * height <= MAX_PIXELS;
    }

    /** Throws, with a sentence for the user, when the image would be larger than {@link #fits()} allows. */
    public void check() {
        if (!fits()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the picture would be %d × %d pixels, more than image programs open (%d pixels a side, "
                            + "%d million pixels in all); use a smaller scale or DPI, or export PDF or SVG",
                    width, height, MAX_SIDE, MAX_PIXELS / 1_000_000));
        }
    }

    /** Whether the picture sits on a larger sheet, whose margins are paper rather than map background. */
    boolean onSheet() {
        return offsetX > 0 || offsetY > 0;
    }
}
