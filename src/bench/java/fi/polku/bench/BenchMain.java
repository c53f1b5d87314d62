package fi.polku.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.export.ExportOptions;
import fi.polku.export.ExportPicture;
import fi.polku.export.PngExporter;
import fi.polku.export.PngSize;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs every benchmark of the bench profile, prints one {@code name: value} line per figure and writes
 * them with their goals and method notes to {@code results.json} in {@code polku.bench.dir}. Each ratio is
 * taken against a baseline measured in the same run on the same data.
 */
public final class BenchMain {
    private static final String SAMPLE = "assets/samples/store-bus.polku.json";
    private static final int STARTUP_RUNS = 7;
    private static final int EXPORT_RUNS = 3;
    private static final String SECTIONS = "codec,edit,heap,startup,paint,export";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("polku.bench.dir", "target/bench"));
        Files.createDirectories(dir);
        List<Figure> figures = new ArrayList<>();
        // -Dpolku.bench.only=codec,edit,... runs a subset while working on one figure.
        Set<String> only = Set.of(System.getProperty("polku.bench.only", SECTIONS).split(","));
        if (only.contains("codec")) {
            codec(dir, figures);
        }
        if (only.contains("edit")) {
            editUndo(dir, figures);
        }
        if (only.contains("heap")) {
            heap(dir, figures);
        }
        if (only.contains("startup")) {
            startup(dir, figures);
        }
        if (only.contains("paint")) {
            PaintBench.startToolkit();
            paint(figures);
        }
        if (only.contains("export")) {
            exportPng(dir, figures);
        }
        figures.forEach(f -> System.out.println(f.line()));
        writeJson(dir, figures);
        System.exit(0);
    }

    private static void codec(Path dir, List<Figure> figures) throws Exception {
        Collection<RunResult> results = jmh(dir, CodecBenchmark.class, 8, 30, 0);
        double load = median(results, "loadPolku");
        double tree = median(results, "loadJacksonTree");
        double save = median(results, "savePolku");
        double write = median(results, "saveJacksonTree");
        figures.add(Figure.of("load-vs-jackson-tree", load / tree, "ratio", "<= 1.5", String.format(Locale.ROOT,
                "JMH single-shot median: MapCodec.read %.1f ms / ObjectMapper.readTree %.1f ms on the same XL bytes", load, tree)));
        figures.add(Figure.of("save-vs-jackson-write", save / write, "ratio", "<= 1.5", String.format(Locale.ROOT,
                "JMH single-shot median: MapCodec.write %.1f ms / pretty writeValueAsBytes of the readTree result %.1f ms",
                save, write)));
    }

    private static void editUndo(Path dir, List<Figure> figures) throws Exception {
        RunResult r = jmh(dir, EditUndoBenchmark.class, 3, 5, 1).iterator().next();
        double median = r.getPrimaryResult().getStatistics().getPercentile(50);
        double p99 = r.getPrimaryResult().getStatistics().getPercentile(99);
        figures.add(Figure.of("edit-undo-xl-us", median, "µs", "<= 200", String.format(Locale.ROOT,
                "JMH sample time of History.execute(MoveTouchpoints) + undo on XL: median %.1f µs, p99 %.1f µs",
                median, p99)));
    }

    private static Collection<RunResult> jmh(Path dir, Class<?> benchmark, int warmups, int iterations,
                                             int seconds) throws Exception {
        // seconds == 0: the benchmark's own mode is single shot, one operation per iteration.
        OptionsBuilder builder = new OptionsBuilder();
        builder.include(benchmark.getName() + "\\.")
                // A collection between iterations, so that no operation pays for the garbage of the one
                // before: Jackson's 100 MB tree otherwise made the load ratio swing between 0.5 and 1.6.
                .shouldDoGC(true)
                .forks(1)
                .warmupIterations(warmups)
                .measurementIterations(iterations);
        if (seconds > 0) {
            builder.warmupTime(TimeValue.seconds(seconds)).measurementTime(TimeValue.seconds(seconds));
        }
        if (System.getProperty("polku.bench.jfr") != null) {
            // Profiling a figure that misses its goal: one recording per benchmark fork, read with `jfr print`.
            builder.jvmArgsAppend("-XX:StartFlightRecording=filename=" + dir.resolve("jmh-" + benchmark.getSimpleName()
                    + "-%p.jfr") + ",settings=profile");
        }
        Options options = builder
                .jvmArgs("-Xms2g", "-Xmx2g", "-Dfile.encoding=UTF-8")
                .output(dir.resolve("jmh-" + benchmark.getSimpleName() + ".log").toString())
                .build();
        return new Runner(options).run();
    }

    private static double median(Collection<RunResult> results, String method) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .findFirst().orElseThrow().getPrimaryResult().getStatistics().getPercentile(50);
    }

    private static void heap(Path dir, List<Figure> figures) throws Exception {
        Path xl = dir.resolve("xl.polku.json");
        MapFiles.write(BenchMaps.XL.map(), xl, false);
        Path small = dir.resolve("s.polku.json");
        MapFiles.write(BenchMaps.S.map(), small, false);
        long retained = Long.parseLong(ChildJvm.lastLine(ChildJvm.command(
                List.of("-Xmx2g", "-XX:+UseSerialGC"), HeapProbe.class.getName(), xl.toString(), small.toString())));
        long size = Files.size(xl);
        figures.add(Figure.of("heap-xl-vs-file", (double) retained / size, "ratio", "<= 5", String.format(Locale.ROOT,
                "heap used after System.gc with the loaded XL map held minus before (child JVM, Serial GC): "
                        + "%.1f MiB / file %.1f MiB", retained / 1048576.0, size / 1048576.0)));
    }

    private static void startup(Path dir, List<Figure> figures) throws Exception {
        String marker = "polku-first-frame";
        List<String> jvm = new ArrayList<>(ChildJvm.HEADLESS_FX);
        jvm.add("-D" + fi.polku.ui.FirstFrameProbe.PROPERTY + "=" + marker);
        // The subject is the real app as ./polku starts it; the probe waits for the frame showing the map,
        // which the app reads in the background after showing its window.
        AppStart polku = AppStart.of(Path.of(System.getProperty("polku.jar", "target/polku.jar")).toAbsolutePath(),
                jvm, dir);
        polku.makeCache(SAMPLE);
        long[] app = new long[STARTUP_RUNS];
        long[] hello = new long[STARTUP_RUNS];
        long[] uncached = new long[STARTUP_RUNS];
        long[] canvas = new long[STARTUP_RUNS];
        for (int i = 0; i < STARTUP_RUNS; i++) {
            hello[i] = ChildJvm.nanosUntil(ChildJvm.command(jvm, WindowLauncher.class.getName(), "hello"), marker);
            app[i] = ChildJvm.nanosUntil(polku.withCache(SAMPLE), marker);
            uncached[i] = ChildJvm.nanosUntil(polku.withoutCache(SAMPLE), marker);
            canvas[i] = ChildJvm.nanosUntil(ChildJvm.command(jvm, WindowLauncher.class.getName(), "map", SAMPLE),
                    marker);
        }
        double h = Stats.median(hello);
        double a = Stats.median(app);
        double u = Stats.median(uncached);
        double c = Stats.median(canvas);
        figures.add(Figure.of("startup-vs-hello", a / h, "ratio", "<= 1.5", String.format(Locale.ROOT,
                "median of %d alternating process starts to the first painted frame (headless Monocle): Polku "
                        + "(fi.polku.Main from polku.jar, started as ./polku starts it: AOT cache from a recorded "
                        + "start, %s) until the frame showing %s %.0f ms / minimal JavaFX window, plain JVM, %.0f ms",
                STARTUP_RUNS, AppStart.AOT_QUIET, SAMPLE, a / 1e6, h / 1e6)));
        figures.add(Figure.of("startup-uncached-vs-hello", u / h, "ratio", null, String.format(Locale.ROOT,
                "the same start of Polku without the AOT cache %.0f ms / minimal window %.0f ms", u / 1e6, h / 1e6)));
        figures.add(Figure.of("startup-canvas-vs-hello", c / h, "ratio", null, String.format(Locale.ROOT,
                "the journey canvas alone (MapWindowApp, plain JVM, class directories) with %s %.0f ms / minimal "
                        + "window %.0f ms", SAMPLE, c / 1e6, h / 1e6)));
    }

    private static void paint(List<Figure> figures) throws Exception {
        PaintBench.Pair fit = PaintBench.fitToWindowVsBareCanvas(BenchMaps.L.map());
        figures.add(Figure.of("paint-vs-bare-canvas", fit.ratio(), "ratio", "<= 1.5", String.format(Locale.ROOT,
                "median paint+snapshot of L fitted to %.0f×%.0f: %.1f ms / bare Canvas %.1f ms (%s)",
                PaintBench.VIEW_W, PaintBench.VIEW_H, fit.subject() / 1e6, fit.baseline() / 1e6, fit.detail())));
        // Culling is whether a screenful of a big map costs what a screenful of a small one does. The bench
        // XL packs 185 cards into each cell where S has 4.8, so its screenful holds twice the cards and many
        // more flow lines; that pair is printed too, as information, but the goal is judged on equal screens.
        PaintBench.Pair cull = PaintBench.viewportVsViewport(BenchMaps.XL_AT_S_DENSITY.map(), BenchMaps.S.map());
        figures.add(Figure.of("paint-culling-xl-vs-s", cull.ratio(), "ratio", "<= 1.2", String.format(Locale.ROOT,
                "median paint+snapshot: XL at S's density (20,000 touchpoints, 60 stages × 71 lanes) %.1f ms / "
                        + "S %.1f ms (%s)", cull.subject() / 1e6, cull.baseline() / 1e6, cull.detail())));
        PaintBench.Pair dense = PaintBench.viewportVsViewport(BenchMaps.XL.map(), BenchMaps.S.map());
        figures.add(Figure.of("paint-full-xl-screen-vs-s", dense.ratio(), "ratio", null, String.format(Locale.ROOT,
                "median paint+snapshot: bench XL (12 stages × 10 lanes, its screenful full of cards) %.1f ms / "
                        + "S %.1f ms (%s)", dense.subject() / 1e6, dense.baseline() / 1e6, dense.detail())));
    }

    private static void exportPng(Path dir, List<Figure> figures) throws IOException {
        JourneyMap l = BenchMaps.L.map();
        ExportOptions options = ExportOptions.defaults(l).withScale(2);
        Path png = dir.resolve("l-2x.png");
        long[] runs = new long[EXPORT_RUNS];
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        PngSize size;
        try {
            size = PngSize.of(ExportPicture.of(l, options), options);
            PngExporter.write(ExportPicture.of(l, options), options, png);
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            for (int i = 0; i < EXPORT_RUNS; i++) {
                long start = System.nanoTime();
                PngExporter.write(ExportPicture.of(l, options), options, png);
                runs[i] = System.nanoTime() - start;
            }
        } catch (IllegalArgumentException e) {
            figures.add(Figure.notAvailable("export-png-l-ms", null, "the exporter refuses L at 2×: " + e.getMessage()));
            return;
        }
        // An upper bound: each pool's own peak, summed, with whatever garbage the collector had not yet freed.
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        figures.add(Figure.of("export-png-l-ms", Stats.median(runs) / 1e6, "ms", null, String.format(Locale.ROOT,
                "median of %d PNG exports of L at 2× (%d × %d px; layout, Java2D paint in strips, PNG encode, "
                        + "atomic write): %.1f MiB file; heap peak %.0f MiB (sum of the heap pools' peaks, -Xmx2g) "
                        + "where the image held whole would take %.0f MiB",
                EXPORT_RUNS, size.width(), size.height(), Files.size(png) / 1048576.0, peak / 1048576.0,
                size.pixels() * 4 / 1048576.0)));
    }

    private static void writeJson(Path dir, List<Figure> figures) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("measuredAt", Instant.now().toString());
        ObjectNode machine = root.putObject("machine");
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("loadAverage", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        ArrayNode list = root.putArray("figures");
        for (Figure f : figures) {
            ObjectNode n = list.addObject();
            n.put("name", f.name());
            if (f.value() == null) {
                n.putNull("value");
            } else {
                n.put("value", f.value());
            }
            n.put("unit", f.unit());
            n.put("goal", f.goal());
            n.put("meetsGoal", f.goal() == null || f.value() == null ? null : !f.missesGoal());
            n.put("method", f.note());
        }
        ArrayNode reliability = root.putArray("reliability");
        Path logs = dir.resolve("reliability");
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.list(logs)) {
                for (Path p : files.sorted().toList()) {
                    reliability.add(Files.readString(p).strip());
                }
            }
        }
        json.writeValue(dir.resolve("results.json").toFile(), root);
    }
}
