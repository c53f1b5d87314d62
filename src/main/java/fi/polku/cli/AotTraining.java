package fi.polku.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command-line half of the installed app's AOT cache training: the app image has one launcher and one
 * cache, and a JDK 25 cache is recorded from one JVM, so packaging/package.sh starts the launcher with
 * {@value #PROPERTY} naming a map; that JVM first exports the map to PNG as {@code polku export} would and
 * then opens the app, and the cache holds the classes and profiles of both.
 */
public final class AotTraining {
    /** The system property naming the map to export before the app opens. */
    public static final String PROPERTY = "polku.aotTraining.export";

    private AotTraining() {
    }

    /** Exports {@code map} to a temporary PNG, removed again, and returns the command's exit code. */
    public static int exportFirst(String map) {
        try {
            Path png = Files.createTempFile("polku-training", ".png");
            try {
                return PolkuCommand.execute("export", map, "--format", "png", "-o", png.toString());
            } finally {
                Files.deleteIfExists(png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
