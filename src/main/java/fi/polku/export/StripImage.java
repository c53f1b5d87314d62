package fi.polku.export;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.Vector;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tall ARGB image whose tiles are full-width horizontal strips, each painted only when a reader asks
 * for it and kept until the next one is needed. An encoder that reads rows top to bottom (the ImageIO PNG
 * writer does) therefore holds one strip, not the image: memory is width × strip height.
 * Painting a strip checks first that the export was not cancelled.
 */
final class StripImage implements RenderedImage {
    /** Paints the rows {@code top} … {@code top + rows − 1} of the image, which {@code g} maps to (0, 0). */
    @FunctionalInterface
    interface StripPainter {
        void paint(Graphics2D g, int top, int rows);
    }

    private static final ColorModel ARGB = ColorModel.getRGBdefault();

    private final int width;
    private final int height;
    private final int stripRows;
    private final StripPainter painter;
    private final SampleModel sampleModel;
    private int cachedIndex = -1;
    private Raster cached;
    private final AtomicInteger painted = new AtomicInteger();

    StripImage(int width, int height, int stripRows, StripPainter painter) {
        if (width <= 0 || height <= 0 || stripRows <= 0) {
            throw new IllegalArgumentException("empty image or strip: " + width + " × " + height + ", " + stripRows);
        }
        this.width = width;
        this.height = height;
        this.stripRows = Math.min(stripRows, height);
        this.painter = painter;
        this.sampleModel = ARGB.createCompatibleSampleModel(width, this.stripRows);
    }

    /** How many strips have been painted so far (a strip read twice after another was painted counts twice). */
    int paintedStrips() {
        return painted.get();
    }

    int stripRows() {
        return stripRows;
    }

    @Override
    public synchronized Raster getTile(int tileX, int tileY) {
        if (tileX != 0 || tileY < 0 || tileY >= getNumYTiles()) {
            throw new IllegalArgumentException("no tile " + tileX + ", " + tileY);
        }
        if (tileY != cachedIndex) {
            cached = null; // let the previous strip go before the next one is allocated
            cached = paintStrip(tileY);
            cachedIndex = tileY;
        }
        return cached;
    }

    private Raster paintStrip(int index) {
        // A fresh raster for each strip: a caller may keep a tile, and it must not change under it.
        return paint(index).getRaster().createTranslatedChild(0, index * stripRows);
    }

    /**
     * Strip {@code index} painted into a new image of its own rows (row 0 is the strip's top); safe to call
     * on several threads at once, each painting another strip.
     */
    BufferedImage paint(int index) {
        if (Thread.currentThread().isInterrupted()) {
            // The encoder's interface has no checked exception; PngExporter unwraps this one.
            throw new UncheckedIOException(new InterruptedIOException("the export was cancelled"));
        }
        int top = index * stripRows;
        int rows = Math.min(stripRows, height - top);
        BufferedImage strip = new BufferedImage(width, rows, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = strip.createGraphics();
        try {
            g.translate(0, -top);
            painter.paint(g, top, rows);
        } finally {
            g.dispose();
        }
        painted.incrementAndGet();
        return strip;
    }

    @Override
    public Raster getData(Rectangle rect) {
        WritableRaster out = Raster.createWritableRaster(
                sampleModel.createCompatibleSampleModel(rect.width, rect.height), new Point(rect.x, rect.y));
        return copyData(out);
    }

    @Override
    public Raster getData() {
        return getData(new Rectangle(0, 0, width, height));
    }

    @Override
    public WritableRaster copyData(WritableRaster raster) {
        WritableRaster out = raster != null ? raster
                : Raster.createWritableRaster(sampleModel.createCompatibleSampleModel(width, height), null);
        Rectangle wanted = out.getBounds().intersection(new Rectangle(0, 0, width, height));
        if (wanted.isEmpty()) {
            return out;
        }
        for (int t = wanted.y / stripRows; t <= (wanted.y + wanted.height - 1) / stripRows; t++) {
            Raster tile = getTile(0, t);
            Rectangle part = wanted.intersection(tile.getBounds());
            // The child keeps the part's own coordinates, which setDataElements adds to its (0, 0).
            out.setDataElements(0, 0,
                    tile.createChild(part.x, part.y, part.width, part.height, part.x, part.y, null));
        }
        return out;
    }

    @Override
    public Vector<RenderedImage> getSources() {
        return null;
    }

    @Override
    public Object getProperty(String name) {
        return java.awt.Image.UndefinedProperty;
    }

    @Override
    public String[] getPropertyNames() {
        return null;
    }

    @Override
    public ColorModel getColorModel() {
        return ARGB;
    }

    @Override
    public SampleModel getSampleModel() {
        return sampleModel;
    }

    @Override
    public int getWidth() {
        return width;
    }

    @Override
    public int getHeight() {
        return height;
    }

    @Override
    public int getMinX() {
        return 0;
    }

    @Override
    public int getMinY() {
        return 0;
    }

    @Override
    public int getNumXTiles() {
        return 1;
    }

    @Override
    public int getNumYTiles() {
        return (height + stripRows - 1) / stripRows;
    }

    @Override
    public int getMinTileX() {
        return 0;
    }

    @Override
    public int getMinTileY() {
        return 0;
    }

    @Override
    public int getTileWidth() {
        return width;
    }

    @Override
    public int getTileHeight() {
        return stripRows;
    }

    @Override
    public int getTileGridXOffset() {
        return 0;
    }

    @Override
    public int getTileGridYOffset() {
        return 0;
    }
}
