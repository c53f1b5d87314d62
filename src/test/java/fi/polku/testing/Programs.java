package fi.polku.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Programs outside the JVM that tests and benchmarks use where the machine has them. */
public final class Programs {
    private Programs() {
    }

    /** The first of {@code names} found as an executable on PATH, trying each name through all of PATH in turn. */
    public static Optional<Path> onPath(String... names) {
        String[] dirs = System.getenv().getOrDefault("PATH", "").split(File.pathSeparator);
        for (String name : names) {
            for (String dir : dirs) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
