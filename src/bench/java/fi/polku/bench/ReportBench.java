package fi.polku.bench;

import fi.polku.io.MapFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the whole {@code polku report} process for S against {@code polku export --format pdf} of the same
 * map, both started as {@code ./polku} starts a command ({@code java -jar polku.jar ...}), in alternating
 * pairs so that the machine's load falls on both sides of a pair.
 */
final class ReportBench {
    static final int RUNS = 7;

    private ReportBench() {
    }

    /** The report's process times (subject) against the PDF export's (baseline), in nanoseconds. */
    static Pairs run(Path dir) throws IOException, InterruptedException {
        Path map = dir.resolve("s-report.polku.json");
        MapFiles.write(BenchMaps.S.map(), map, false);
        Path jar = Path.of(System.getProperty("polku.jar", "target/polku.jar")).toAbsolutePath();
        List<String> report = command(jar, "report", map.toString(), "-o", dir.resolve("s-report.pdf").toString());
        List<String> export = command(jar, "export", map.toString(), "--format", "pdf", "-o",
                dir.resolve("s-export.pdf").toString());
        // One untimed pair first: the jar and the map then come from the file cache for every timed run.
        nanos(export, dir);
        nanos(report, dir);
        long[] subject = new long[RUNS];
        long[] baseline = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            baseline[i] = nanos(export, dir);
            subject[i] = nanos(report, dir);
        }
        return new Pairs(subject, baseline);
    }

    private static List<String> command(Path jar, String... args) {
        List<String> cmd = new ArrayList<>(List.of(ChildJvm.java(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Nanoseconds from spawning the process until it has ended; it must end with status 0. */
    private static long nanos(List<String> cmd, Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child-stderr.log").toFile()));
        long start = System.nanoTime();
        int status = builder.start().waitFor();
        long took = System.nanoTime() - start;
        if (status != 0) {
            throw new IOException(String.join(" ", cmd.subList(3, cmd.size())) + " ended with status " + status
                    + "; see child-stderr.log");
        }
        return took;
    }
}
