package fi.polku.bench;

import fi.polku.ui.FirstFrameProbe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the built app ({@code fi.polku.Main} from {@code polku.jar}) the way {@code ./polku} does for the
 * desktop app: with the AOT cache made by the launcher's two steps (a recording start, then
 * {@code -XX:AOTMode=create}), the launcher's {@code -Xlog} options and its JIT options ({@link #launcherJit},
 * read from the script). Two differences, both needed to
 * run headless: the headless JavaFX settings, and {@code -cp polku.jar:monocle.jar fi.polku.Main} instead
 * of {@code -jar polku.jar} (the jar's manifest class path is the same either way; an AOT cache accepts a
 * class path that extends the recorded one, and the recording start here uses the same one).
 * Keep {@link #AOT_QUIET} and the steps in {@link #makeCache} in step with the launcher script.
 */
final class AppStart {
    /** The launcher's option that keeps the JVM's messages about an unusable cache off the terminal. */
    static final String AOT_QUIET = "-Xlog:aot*=off,cds*=off";

    private final List<String> jvmArgs;
    private final String classPath;
    private final Path cache;

    private AppStart(List<String> jvmArgs, String classPath, Path cache) {
        this.jvmArgs = jvmArgs;
        this.classPath = classPath;
        this.cache = cache;
    }

    /** A start of {@code jar} with {@code jvmArgs}; the cache and the app's home folder go into {@code dir}. */
    static AppStart of(Path jar, List<String> jvmArgs, Path dir) throws IOException {
        String monocle = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).stream()
                .filter(e -> e.contains("openjfx-monocle")).findFirst()
                .orElseThrow(() -> new IOException("Monocle is not on the bench class path"));
        Path home = Files.createDirectories(dir.resolve("startup-home"));
        // The launcher's own JIT options first, as ./polku gives them.
        List<String> args = new ArrayList<>(launcherJit());
        args.addAll(jvmArgs);
        // A home of its own: no recovery question and no recent files of the user's.
        args.add("-Dpolku.home=" + home);
        return new AppStart(args, jar + java.io.File.pathSeparator + monocle, dir.resolve("polku-bench.aot"));
    }

    /** The launcher's first start after a build (recording the session), then its cache build. */
    void makeCache(String... appArgs) throws IOException, InterruptedException {
        Path config = Path.of(cache + ".conf");
        Files.deleteIfExists(cache);
        List<String> record = new ArrayList<>(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + config,
                AOT_QUIET, "-D" + FirstFrameProbe.EXIT_PROPERTY + "=true"));
        run(command(record, appArgs));
        run(command(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + config, "-XX:AOTCache=" + cache,
                AOT_QUIET)));
        Files.deleteIfExists(config);
        if (!Files.isRegularFile(cache)) {
            throw new IOException("no AOT cache was made; see child-stderr.log");
        }
    }

    /** The command of a start as the launcher makes it once the cache exists. */
    ProcessBuilder withCache(String... appArgs) {
        return command(List.of("-XX:AOTCache=" + cache, AOT_QUIET), appArgs);
    }

    /** The same start without any cache, as the first start after a build would be without recording. */
    ProcessBuilder withoutCache(String... appArgs) {
        return command(List.of(), appArgs);
    }

    private ProcessBuilder command(List<String> cacheArgs, String... appArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ChildJvm.java());
        cmd.addAll(jvmArgs);
        cmd.addAll(cacheArgs);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add("fi.polku.Main");
        cmd.addAll(List.of(appArgs));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(
                Path.of(System.getProperty("polku.bench.dir", "target/bench"), "child-stderr.log").toFile()));
    }

    /** The launcher script's JIT options for the desktop app (its APP_JIT), read from the script itself. */
    static List<String> launcherJit() throws IOException {
        String prefix = "APP_JIT=(";
        for (String line : Files.readAllLines(Path.of(System.getProperty("polku.script", "polku")))) {
            if (line.startsWith(prefix) && line.endsWith(")")) {
                return List.of(line.substring(prefix.length(), line.length() - 1).trim().split("\\s+"));
            }
        }
        throw new IOException("no APP_JIT=(...) line in the polku launcher script");
    }

    private static void run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process p = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", builder.command()) + " failed; see child-stderr.log");
        }
    }
}
