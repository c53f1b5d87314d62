package fi.polku.export;

/**
 * What Java2D must be told before it first draws anything antialiased in the process: its rasteriser (Marlin)
 * reads its settings once, then, and an export is not always the first to draw (a report's charts or a logo
 * may come before the first PNG of a session).
 */
public final class Java2dSettings {
    private static final String CLIP = "sun.java2d.renderer.clip";

    private Java2dSettings() {
    }

    /**
     * Marlin splits long curves where they cross the clip, and a strip of a PNG export is a clip: a curve
     * crossing a seam would then be drawn a little differently in each strip than in one image (up to 31 of 255
     * on its antialiased edge). Without that splitting every strip has exactly the pixels of the single image.
     * A value the user set stays.
     */
    public static void apply() {
        if (System.getProperty(CLIP) == null) {
            System.setProperty(CLIP, "false");
        }
    }
}
