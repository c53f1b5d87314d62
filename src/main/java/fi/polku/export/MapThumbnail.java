package fi.polku.export;

import fi.polku.model.JourneyMap;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Set;

/**
 * A small picture of a whole map as its export shows it, without header and legend, for a gallery of maps
 * (the template gallery). Painted straight at the small size, so even a large map costs no full-size image.
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
        int w = Math.max(1, (int) Math.round(picture.width() * scale));
        int h = Math.max(1, (int) Math.round(picture.height() * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
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
}
