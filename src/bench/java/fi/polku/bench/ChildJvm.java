package fi.polku.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a class of the bench class path in a fresh JVM of the same JDK and reads its output lines. */
final class ChildJvm {
    /** The headless JavaFX settings the tests use. */
    static final List<String> HEADLESS_FX = List.of("-Djava.awt.headless=true", "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
            "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8");

    private ChildJvm() {
    }

    /**
     * The {@code java} launcher of the JDK this JVM runs on: the build starts BenchMain on the selected
     * JDK 25 toolchain, and every child must run there too, never on whatever {@code java} PATH finds first.
     */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static ProcessBuilder command(List<String> jvmArgs, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        // Kept for diagnosis: JavaFX and the JVM report start-up failures only there.
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(
                Path.of(System.getProperty("polku.bench.dir", "target/bench"), "child-stderr.log").toFile()));
    }

    /** Nanoseconds from spawning the process until it prints {@code marker}; the process is then ended. */
    static long nanosUntil(ProcessBuilder builder, String marker) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals(marker)) {
                    return System.nanoTime() - start;
                }
            }
            throw new IOException(String.join(" ", builder.command().subList(builder.command().indexOf("-cp") + 2,
                    builder.command().size())) + " ended without printing " + marker + "; see child-stderr.log");
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The last line the process prints before ending normally. */
    static String lastLine(ProcessBuilder builder) throws IOException, InterruptedException {
        Process p = builder.start();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                last = line;
            }
        }
        if (p.waitFor() != 0 || last == null) {
            throw new IOException(builder.command().getLast() + " failed with exit code " + p.exitValue());
        }
        return last;
    }
}
