package fi.polku.ui;

/** A plain main class, so that the JavaFX launcher check on the class path does not stop the demo. */
public final class Launch {
    private Launch() {
    }

    public static void main(String[] args) {
        DemoLauncher.main(args);
    }
}
