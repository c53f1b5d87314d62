package fi.polku.bench;

import javafx.application.Application;

/**
 * Child-JVM main of the startup benchmark: launches {@code hello} ({@link HelloWindowApp}) or {@code map}
 * ({@link MapWindowApp}) with the remaining arguments. It does not extend {@code Application}, so JavaFX
 * starts from the plain class path as in {@code fi.polku.Main}.
 */
public final class WindowLauncher {
    private WindowLauncher() {
    }

    public static void main(String[] args) {
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Application.launch(args[0].equals("hello") ? HelloWindowApp.class : MapWindowApp.class, rest);
    }
}
