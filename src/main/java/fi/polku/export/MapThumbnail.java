package fi.polku.export;

import fi.polku.model.JourneyMap;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Set;

/**
 * A small picture of a whole map as its export shows it, without header and legend, for a gallery of maps
 * (the template gallery).
 */
public final class MapThumbnail {
    /** Up to this many pixels (16 MB) a map is painted at full size first; see {@link #render}. */
    private static final double FULL_SIZE_PIXELS = 4_000_000;

    private MapThumbnail() {
    }

    /**
     * The map fitted into {@code maxWidth} x {@code maxHeight} pixels, keeping its proportions; never
     * enlarged beyond its natural size.
     */
    public static BufferedImage render(JourneyMap map, int maxWidth, int maxHeight) {
        ExportOptions options = new ExportOptions(ExportScope.WHOLE_MAP, Set.of(), null, false, PageLayout.FIT, 1,
                null, false);
        ExportPicture picture = ExportPicture.of(map, options);
        double scale = Math.min(1, Math.min(maxWidth / picture.width(), maxHeight / picture.height()));
        if (picture.width() * picture.height() > FULL_SIZE_PIXELS) {
            return paintedSmall(picture, scale);
        }
        // A map of workshop size is painted at full size through the export's own path and then reduced as
        // an image: painting the map's shapes at a small scale first left the process's rasteriser in a state
        // that moved a few antialiased pixels of later PNG exports.
        BufferedImage full = PngExporter.render(picture, options);
        return scale >= 1 ? full : reduced(full, size(full.getWidth(), scale), size(full.getHeight(), scale));
    }

    /** A large map painted straight at the small size: a full-size image of it would take hundreds of megabytes. */
    private static BufferedImage paintedSmall(ExportPicture picture, double scale) {
        BufferedImage image = new BufferedImage(size(picture.width(), scale), size(picture.height(), scale),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            Java2dPainter painter = new Java2dPainter(g);
            painter.pushTransform(0, 0, scale);
            picture.paint(painter);
            painter.popTransform();
        } finally {
            g.dispose();
        }
        return image;
    }

    private static BufferedImage reduced(BufferedImage full, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            // Area averaging keeps thin lines and small text as a soft grey instead of dropping every other pixel.
            g.drawImage(full.getScaledInstance(w, h, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int size(double natural, double scale) {
        return Math.max(1, (int) Math.round(natural * scale));
    }
}
