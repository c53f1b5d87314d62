package fi.polku.ui;

import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;

/**
 * Prints a marker line once a just-shown window has painted its first full frame, so the startup benchmark
 * can time "process start to first painted frame" from outside. Does nothing unless the system property
 * {@value #PROPERTY} is set; its value is the line printed.
 */
public final class FirstFrameProbe {
    /** The system property holding the marker text. */
    public static final String PROPERTY = "polku.firstFrameMarker";
    /**
     * When this system property is {@code true} as well, the app quits normally after printing the marker: a
     * training run for a class-data archive, which the JVM writes only on a normal exit.
     */
    public static final String EXIT_PROPERTY = "polku.firstFrameExit";

    private FirstFrameProbe() {
    }

    /**
     * Like {@link #afterShow()}, but counts the pulses from the first change of {@code shown}: a window that
     * opens its map in the background reports the first frame that shows the map, not the empty window.
     */
    public static void afterFirstChange(ObservableValue<?> shown) {
        if (System.getProperty(PROPERTY) == null) {
            return;
        }
        shown.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                o.removeListener(this);
                afterShow();
            }
        });
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
                    if (Boolean.getBoolean(EXIT_PROPERTY)) {
                        javafx.application.Platform.exit();
                    }
                }
            }
        }.start();
    }
}
