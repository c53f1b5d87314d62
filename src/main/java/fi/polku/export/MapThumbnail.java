package fi.polku.export;

import fi.polku.model.JourneyMap;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Set;

/**
 * A small picture of a whole map as its export shows it, without header and legend, for a gallery of maps
 * (the template gallery), painted at full size and reduced.
 */
public final class MapThumbnail {
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
        // Painted at full size through the export's own path and then reduced as an image: painting the map's
        // shapes at a small scale first left the process's rasteriser in a state that moved a few
        // antialiased pixels of later PNG exports.
        BufferedImage full = PngExporter.render(picture, options);
        if (scale >= 1) {
            return full;
        }
        int w = Math.max(1, (int) Math.round(full.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(full.getHeight() * scale));
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
}
