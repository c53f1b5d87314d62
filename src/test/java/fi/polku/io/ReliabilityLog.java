package fi.polku.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hands a reliability test's summary line to the bench report: written to
 * {@code polku.bench.dir/reliability/NAME.txt} when the bench profile sets that property, else nothing.
 */
public final class ReliabilityLog {
    private ReliabilityLog() {
    }

    public static void record(String name, String summary) throws IOException {
        String dir = System.getProperty("polku.bench.dir");
        if (dir == null) {
            return;
        }
        Path file = Path.of(dir, "reliability", name + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, summary + System.lineSeparator());
    }
}
