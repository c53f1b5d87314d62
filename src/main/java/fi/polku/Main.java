package fi.polku;

import fi.polku.cli.PolkuCommand;
import fi.polku.ui.PolkuApp;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The jar's entry point: opens the desktop app for no arguments or a single map file, otherwise runs the
 * headless {@code polku} command line. It does not extend {@code Application} so that the JVM starts it
 * from a plain class path, with JavaFX loaded only when the app is actually opened.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (opensApp(args)) {
            PolkuApp.launchApp(args);
            return;
        }
        System.exit(PolkuCommand.execute(args));
    }

    /** True when the arguments ask for the desktop app: none at all, or one existing {@code .json} file. */
    public static boolean opensApp(String... args) {
        if (args.length == 0) {
            return true;
        }
        return args.length == 1 && args[0].endsWith(".json") && isRegularFile(args[0]);
    }

    private static boolean isRegularFile(String name) {
        try {
            return Files.isRegularFile(Path.of(name));
        } catch (InvalidPathException e) {
            // A string that cannot be a path is certainly not a file to open; picocli will report it.
            return false;
        }
    }
}
