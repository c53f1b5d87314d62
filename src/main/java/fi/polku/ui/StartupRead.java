package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.text.Formats;
import fi.polku.text.Localization;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The map file a start opens, read on a thread of its own from the moment the app starts: the read then
 * overlaps building the window, and a window whose map is ready by the time it is shown opens with it
 * instead of painting an empty map first.
 */
public final class StartupRead {
    private final Path file;
    private final CompletableFuture<JourneyMap> map = new CompletableFuture<>();

    private StartupRead(Path file) {
        this.file = file;
    }

    /** Starts reading {@code file}. */
    public static StartupRead begin(Path file) {
        return begin(file, () -> MapFiles.load(file));
    }

    /** Starts reading the bundled sample {@code name}, which opens as an untitled copy ({@link #file()} is null). */
    public static StartupRead beginSample(String name) {
        return begin(null, () -> SampleMaps.load(name));
    }

    private static StartupRead begin(Path file, Callable<JourneyMap> reader) {
        StartupRead read = new StartupRead(file);
        Thread.ofPlatform().daemon().name("polku-startup-read").start(() -> {
            try {
                JourneyMap map = reader.call();
                read.map.complete(map);
                prepareLanguage(map);
            } catch (Throwable e) {
                read.map.completeExceptionally(e);
            }
        });
        return read;
    }

    /**
     * Loads the texts and the money format of the map's language, which its first layout uses (the labels
     * on the map speak the map's language, not the window's): here rather than on the JavaFX thread in the
     * middle of the first frame. After the map is handed over, so that it never waits for this.
     */
    private static void prepareLanguage(JourneyMap map) {
        java.util.Locale language = Localization.ofTag(map.language());
        Localization.texts(language);
        Formats.money(language, 0, "EUR", false);
    }

    /**
     * The file a start opens: the one given on the command line, else the last file opened if it still
     * exists; empty when the start should show the bundled sample.
     */
    public static Optional<Path> fileToOpen(Path argument, RecentFiles recent) {
        return argument != null ? Optional.of(argument) : recent.lastFile().filter(Files::isRegularFile);
    }

    /** The file being read, or null for a sample, whose map opens untitled. */
    public Path file() {
        return file;
    }

    /** The map, if it has been read completely and without a problem by now; never waits. */
    Optional<JourneyMap> readyMap() {
        return map.isDone() && !map.isCompletedExceptionally() ? Optional.of(map.join()) : Optional.empty();
    }

    /** Waits for the read; a failed read throws what {@link MapFiles#load} threw, for the usual open report. */
    JourneyMap await() throws Exception {
        try {
            return map.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
