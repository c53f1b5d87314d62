package fi.polku;

import fi.polku.cli.CliLanguage;
import fi.polku.cli.PolkuCommand;
import fi.polku.text.Localization;
import fi.polku.ui.PolkuApp;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The jar's entry point: opens the desktop app for no arguments or a single map file, otherwise runs the
 * headless {@code polku} command line. It does not extend {@code Application} so that the JVM starts it
 * from a plain class path, with JavaFX loaded only when the app is actually opened.
 */
public final class Main {
    /*
     * `java -jar polku.jar` loads JavaFX from the class path, which JavaFX reports as "unsupported" on every
     * start although it works. Only that one record is dropped; the logger is held here so that the filter
     * outlives garbage collection.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        fi.polku.export.Java2dSettings.apply();
        // PDFBox and POI log through Log4j's API, which otherwise complains on stderr that it has no
        // logging backend; its own simple logger prints only real errors.
        System.setProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        if (opensApp(args)) {
            System.exit(openApp(args));
        }
        if (asksForSample(args)) {
            System.exit(openSample(args));
        }
        // The command line speaks the language of --lang or the environment from its first word on; the app
        // keeps its own setting.
        Localization.setUi(CliLanguage.choose(args, System::getenv));
        Optional<String> missing = missingMap(args);
        if (missing.isPresent()) {
            System.err.println(missing.get());
            System.exit(PolkuCommand.EXIT_FAILURE);
        }
        // The command line draws pictures with Java2D only; it must never look for a display.
        System.setProperty("java.awt.headless", "true");
        System.exit(PolkuCommand.execute(args));
    }

    private static int openApp(String[] args) {
        return launch(() -> PolkuApp.launchApp(args));
    }

    private static int launch(Runnable app) {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            app.run();
            return 0;
        } catch (RuntimeException e) {
            // Typically "Unable to open DISPLAY" on a machine without a desktop.
            System.err.println(Localization.format("cli.error.noDesktop", e.getMessage()));
            return PolkuCommand.EXIT_FAILURE;
        }
    }

    /** True for {@code --sample [NAME]}: the app opened on a sample map bundled in the jar. */
    static boolean asksForSample(String... args) {
        return args.length >= 1 && args[0].equals("--sample");
    }

    /**
     * The bundled sample that {@code --sample [NAME]} names (store-bus when none), or the message that lists
     * the samples there are, in the user's language, for an unknown name or extra arguments.
     */
    static Result<String> sample(String... args) {
        String available = String.join(" ", Samples.names());
        if (args.length > 2) {
            return Result.failure(Localization.format("cli.sample.usage", available));
        }
        String typed = args.length == 2 ? args[1] : Samples.DEFAULT;
        return Samples.find(typed).map(Result::success)
                .orElseGet(() -> Result.failure(Localization.format("cli.sample.unknown", typed, available)));
    }

    /** A sample's name, or why there is none. */
    record Result<T>(T value, String problem) {
        static <T> Result<T> success(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> failure(String problem) {
            return new Result<>(null, problem);
        }
    }

    private static int openSample(String[] args) {
        // Like the ./polku launcher: the environment's language for the message, the app keeps its own.
        Localization.setUi(CliLanguage.choose(new String[0], System::getenv));
        Result<String> chosen = sample(args);
        if (chosen.problem() != null) {
            System.err.println(chosen.problem());
            return PolkuCommand.EXIT_FAILURE;
        }
        return launch(() -> PolkuApp.launchSample(chosen.value()));
    }

    /** True when the arguments ask for the desktop app: none at all, or one existing {@code .json} file. */
    public static boolean opensApp(String... args) {
        if (args.length == 0) {
            return true;
        }
        return args.length == 1 && args[0].endsWith(".json") && isRegularFile(args[0]);
    }

    /** The message for a lone {@code .json} argument that names no file, which the user meant to open. */
    static Optional<String> missingMap(String... args) {
        if (args.length != 1 || !args[0].endsWith(".json") || opensApp(args)) {
            return Optional.empty();
        }
        return Optional.of(Localization.format(isDirectory(args[0]) ? "cli.error.mapIsFolder" : "cli.error.mapMissing",
                args[0]));
    }

    private static boolean isRegularFile(String name) {
        try {
            return Files.isRegularFile(Path.of(name));
        } catch (InvalidPathException e) {
            // A string that cannot be a path is certainly not a file to open.
            return false;
        }
    }

    private static boolean isDirectory(String name) {
        try {
            return Files.isDirectory(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
