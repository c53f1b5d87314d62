package fi.polku.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@link EditingDriver} in a child JVM, headless under Monocle as in the surefire run, with its
 * own home folder, user folder, preferences and temporary folder under {@code trialDir}, so that the app
 * touches none of the user's files. Its output lines are queued as they arrive.
 */
final class ChildApp implements AutoCloseable {
    private static final String END = "\u0000end";
    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private boolean ended;

    private ChildApp(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("failed reading the child's output: " + e);
            } finally {
                lines.add(END);
            }
        }, "child-app-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the driver in {@code mode} ("edit" or "recover") on {@code map}, writing its maps to {@code out}. */
    static ChildApp start(Path trialDir, String mode, Path map, Path out, double autosaveSeconds) throws IOException {
        Path user = trialDir.resolve("user");
        Path tmp = trialDir.resolve("tmp");
        Files.createDirectories(user);
        Files.createDirectories(tmp);
        Path err = trialDir.resolve(mode + "-stderr.txt");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dpolku.home=" + trialDir.resolve("home"), "-Duser.home=" + user,
                "-Djava.util.prefs.userRoot=" + user.resolve("prefs"), "-Djava.io.tmpdir=" + tmp,
                "-Dpolku.autosave.seconds=" + autosaveSeconds,
                "-cp", System.getProperty("java.class.path"), EditingDriver.class.getName(), mode, map.toString(),
                out.toString())
                .redirectError(err.toFile())
                .start();
        return new ChildApp(p, err);
    }

    /** The next line, or null if none came within {@code millis} or the process has ended. */
    String poll(long millis) throws InterruptedException {
        if (ended) {
            return null;
        }
        String line = lines.poll(Math.max(0, millis), TimeUnit.MILLISECONDS);
        if (END.equals(line)) {
            ended = true;
            return null;
        }
        return line;
    }

    boolean ended() {
        return ended;
    }

    /** Reads lines until one starts with {@code prefix} and returns the rest of it; fails on a time-out or exit. */
    String await(String prefix, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (true) {
            String line = poll(end - System.currentTimeMillis());
            if (line != null && line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
            if (line != null && line.startsWith("failed")) {
                throw new AssertionError(line + "; " + stderrTail());
            }
            if (line == null && (ended || System.currentTimeMillis() >= end)) {
                throw new AssertionError("no \"" + prefix.strip() + "\" line from the app within " + millis
                        + " ms" + (ended ? " (it exited)" : "") + "; " + stderrTail());
            }
        }
    }

    /** SIGKILL on Linux ({@link Process#destroyForcibly}); then every line the app had written before it. */
    List<String> kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the app did not die within 30 s of the kill");
        }
        List<String> rest = new ArrayList<>();
        for (String line = poll(10_000); line != null; line = poll(10_000)) {
            rest.add(line);
        }
        return rest;
    }

    /** The end of the app's error output, for failure messages. */
    String stderrTail() {
        try {
            String text = Files.exists(stderr) ? Files.readString(stderr) : "";
            return "stderr: " + (text.length() > 2000 ? text.substring(text.length() - 2000) : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
