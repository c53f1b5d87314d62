package fi.polku.ui;

import javafx.animation.AnimationTimer;

/**
 * Prints a marker line once a just-shown window has painted its first full frame, so the startup benchmark
 * can time "process start to first painted frame" from outside. Does nothing unless the system property
 * {@value #PROPERTY} is set; its value is the line printed.
 */
public final class FirstFrameProbe {
    /** The system property holding the marker text. */
    public static final String PROPERTY = "polku.firstFrameMarker";

    private FirstFrameProbe() {
    }

    /**
     * Call right after {@code stage.show()}. The marker is printed at the start of the third pulse: the first
     * pulse lays the window out, the second runs the paints that layout requested (the map canvas paints on
     * a pulse), and a pulse starts only after the previous frame was rendered.
     */
    public static void afterShow() {
        String marker = System.getProperty(PROPERTY);
        if (marker == null) {
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 3) {
                    stop();
                    System.out.println(marker);
                    System.out.flush();
                }
            }
        }.start();
    }
}
