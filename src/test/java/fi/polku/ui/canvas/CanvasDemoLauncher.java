package fi.polku.ui.canvas;

/** Launches {@link CanvasDemo} from a plain classpath (JavaFX needs a non-Application main class there). */
public final class CanvasDemoLauncher {
    private CanvasDemoLauncher() {
    }

    public static void main(String[] args) {
        CanvasDemo.main(args);
    }
}
