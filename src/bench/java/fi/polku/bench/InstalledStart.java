package fi.polku.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The installed app's figures, from the app image that {@code mvn -Ppackage package} builds: its size on disk,
 * and the time from starting its launcher on a map to the first frame that shows the map, as a ratio to a
 * minimal JavaFX window started through the same trimmed runtime. Both run under one private Xvfb, as on a
 * desktop (the image holds no headless Monocle); n/a without an image or without Xvfb. And the installed
 * command line: {@code polku export} of the S map to PNG as a whole process started through bin/polku-command
 * (the {@code polku} on PATH), which runs the command launcher.
 */
final class InstalledStart {
    private static final String MARKER = "polku-first-frame";
    private static final String GOAL = "<= 1.3";

    private InstalledStart() {
    }

    static void run(Path dir, Path sample, int runs, List<Figure> figures) throws Exception {
        Path build = Path.of(System.getProperty("polku.jar", "target/polku.jar")).toAbsolutePath().getParent();
        Path image = build.resolve("package/image/polku");
        Path launcher = image.resolve("bin/polku");
        if (!Files.isExecutable(launcher)) {
            String why = "no app image at " + image + ": mvn -Ppackage package -Dpolku.package.type=app-image first";
            figures.add(Figure.notAvailable("installed-size-mib", null, why));
            figures.add(Figure.notAvailable("installed-start-vs-hello", GOAL, why));
            figures.add(Figure.notAvailable("installed-cli-export-png-s-ms", null, why));
            return;
        }
        double caches = cache(image, "polku.aot") + cache(image, "polku-cli.aot");
        figures.add(Figure.of("installed-size-mib", mib(image), "MiB", null, String.format(Locale.ROOT,
                "the app image as installed (/opt/polku): runtime %.1f MiB, jar and libraries %.1f MiB, AOT caches "
                        + "%.1f MiB (the desktop launcher's) and %.1f MiB (the command launcher's)",
                mib(image.resolve("lib/runtime")), mib(image.resolve("lib/app")) - caches,
                cache(image, "polku.aot"), cache(image, "polku-cli.aot")), null));
        cliExport(dir, image, figures);
        if (fi.polku.testing.Programs.onPath("Xvfb").isEmpty()) {
            figures.add(Figure.notAvailable("installed-start-vs-hello", GOAL, "Xvfb is not installed"));
            return;
        }
        String display = ":" + (150 + ProcessHandle.current().pid() % 100);
        Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile()).start();
        try {
            Thread.sleep(1000);
            Path home = Files.createTempDirectory(dir, "installed-home");
            String props = "-D" + fi.polku.ui.FirstFrameProbe.PROPERTY + "=" + MARKER + " -Dpolku.home=" + home
                    + " -Djava.util.prefs.userRoot=" + home.resolve("prefs") + " -Duser.home=" + home;
            long[] app = new long[runs];
            long[] hello = new long[runs];
            for (int i = 0; i < runs; i++) {
                List<String> helloCmd = new ArrayList<>(List.of(image.resolve("lib/runtime/bin/java").toString(),
                        "--enable-native-access=ALL-UNNAMED"));
                helloCmd.addAll(List.of(props.split(" ")));
                helloCmd.addAll(List.of("-cp", System.getProperty("java.class.path"), WindowLauncher.class.getName(),
                        "hello"));
                hello[i] = ChildJvm.nanosUntil(onDisplay(new ProcessBuilder(helloCmd), display), MARKER);
                ProcessBuilder polku = onDisplay(new ProcessBuilder(launcher.toString(), sample.toString()), display);
                polku.environment().put("JAVA_TOOL_OPTIONS", props);
                app[i] = ChildJvm.nanosUntil(polku, MARKER);
            }
            Pairs pairs = new Pairs(app, hello);
            figures.add(Figure.ratio("installed-start-vs-hello", pairs, GOAL, String.format(Locale.ROOT,
                    "median of %d pairwise ratios of alternating starts under Xvfb to the first painted frame: the app "
                            + "image's launcher (bin/polku, its shipped AOT cache) until the frame showing %s %.0f ms / "
                            + "minimal JavaFX window on the image's runtime %.0f ms (medians)", runs, sample.getFileName(),
                    pairs.subjectMs(), pairs.baselineMs())));
        } finally {
            xvfb.destroy();
            xvfb.waitFor();
        }
    }

    private static ProcessBuilder onDisplay(ProcessBuilder builder, String display) {
        builder.environment().put("DISPLAY", display);
        return builder.redirectError(ProcessBuilder.Redirect.appendTo(
                Path.of(System.getProperty("polku.bench.dir", "target/bench"), "child-stderr.log").toFile()));
    }

    /** The installed command line's export of the S map to PNG, timed as CliBench times ./polku's. */
    private static void cliExport(Path dir, Path image, List<Figure> figures) throws Exception {
        Path command = image.resolve("bin/polku-command");
        if (!Files.isExecutable(command)) {
            figures.add(Figure.notAvailable("installed-cli-export-png-s-ms", null,
                    "the app image has no bin/polku-command (built before the command launcher)"));
            return;
        }
        Path map = dir.resolve("s-installed.polku.json");
        fi.polku.io.MapFiles.write(BenchMaps.S.map(), map, false);
        List<String> export = List.of(command.toString(), "export", map.toString(), "--format", "png", "-o",
                dir.resolve("s-installed.png").toString());
        CliBench.nanos(export, dir);
        long[] runs = new long[CliBench.RUNS];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = CliBench.nanos(export, dir);
        }
        figures.add(Figure.of("installed-cli-export-png-s-ms", Stats.median(runs) / 1e6, "ms", null,
                String.format(Locale.ROOT, "whole process, the app image's polku (bin/polku-command, as /usr/bin/polku"
                        + " is) export S.polku.json --format png: the command launcher bin/polku-cli with its AOT "
                        + "cache (%s): median of %d runs", Files.isRegularFile(image.resolve("lib/app/polku-cli.aot"))
                        ? "shipped" : "missing", runs.length), Spread.ofNanos("runs", runs, 1e6)));
    }

    private static double cache(Path image, String name) throws IOException {
        Path cache = image.resolve("lib/app/" + name);
        return Files.isRegularFile(cache) ? Files.size(cache) / 1048576.0 : 0;
    }

    private static double mib(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1048576.0;
        }
    }
}
