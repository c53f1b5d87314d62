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
import org.openjdk.jmh.util.Statistics;

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
 * them with their goals, method notes and spreads to {@code results.json} in {@code polku.bench.dir}. Each
 * ratio is taken against a baseline measured in the same run on the same data, in alternating pairs: the
 * figure is the median of the pairwise ratios, so that the machine's load cancels out of it.
 */
public final class BenchMain {
    private static final String SAMPLE = "assets/samples/store-bus.polku.json";
    private static final int STARTUP_RUNS = 7;
    private static final int EXPORT_RUNS = 3;
    private static final String SECTIONS = "codec,edit,heap,startup,paint,export,report,find,diff,installed,present,cli";

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
        if (only.contains("installed")) {
            InstalledStart.run(dir, Path.of(SAMPLE).toAbsolutePath(), STARTUP_RUNS, figures);
        }
        if (only.contains("startup")) {
            startup(dir, figures);
        }
        if (only.contains("paint") || only.contains("find") || only.contains("present")) {
            // The presentation fills the screen: the headless screen is a 1920 × 1080 one.
            System.setProperty("headless.geometry", PresentBench.GEOMETRY);
            PaintBench.startToolkit();
        }
        if (only.contains("paint")) {
            paint(figures);
        }
        if (only.contains("export")) {
            exportPng(dir, figures);
        }
        if (only.contains("report")) {
            report(dir, figures);
        }
        if (only.contains("find")) {
            find(figures);
        }
        if (only.contains("diff")) {
            diffMerge(figures);
        }
        if (only.contains("present")) {
            present(figures);
        }
        if (only.contains("cli")) {
            CliBench.run(dir, figures);
        }
        figures.forEach(f -> System.out.println(f.line()));
        writeJson(dir, figures);
        System.exit(0);
    }

    private static void codec(Path dir, List<Figure> figures) throws Exception {
        Pairs load = codecPairs(dir, "load");
        figures.add(Figure.ratio("load-vs-jackson-tree", load, "<= 1.5", String.format(Locale.ROOT,
                "median of %d pairwise ratios, alternating single operations each after a collection (child JVM, "
                        + "-Xms2g -Xmx2g, %d warm-up pairs): MapCodec.read %.1f ms / ObjectMapper.readTree %.1f ms on "
                        + "the same XL bytes (medians)", load.count(), CodecPairs.WARMUP, load.subjectMs(),
                load.baselineMs())));
        Pairs save = codecPairs(dir, "save");
        figures.add(Figure.ratio("save-vs-jackson-write", save, "<= 1.5", String.format(Locale.ROOT,
                "median of %d pairwise ratios, as load: MapCodec.write %.1f ms / pretty writeValueAsBytes of the "
                        + "readTree result %.1f ms", save.count(), save.subjectMs(), save.baselineMs())));
    }

    /** One codec figure's rounds, timed in a fresh JVM as a JMH fork would be. */
    private static Pairs codecPairs(Path dir, String which) throws Exception {
        List<String> jvm = new ArrayList<>(List.of("-Xms2g", "-Xmx2g", "-Dfile.encoding=UTF-8"));
        if (System.getProperty("polku.bench.jfr") != null) {
            jvm.add("-XX:StartFlightRecording=filename=" + dir.resolve("codec-" + which + ".jfr") + ",settings=profile");
        }
        return Pairs.parse(ChildJvm.lastLine(ChildJvm.command(jvm, CodecPairs.class.getName(), which)));
    }

    private static void editUndo(Path dir, List<Figure> figures) throws Exception {
        RunResult r = jmh(dir, EditUndoBenchmark.class).iterator().next();
        Statistics stats = r.getPrimaryResult().getStatistics();
        double median = stats.getPercentile(50);
        double p99 = stats.getPercentile(99);
        Spread spread = new Spread("samples", (int) stats.getN(), stats.getPercentile(25), stats.getPercentile(75),
                stats.getMin(), stats.getMax());
        figures.add(Figure.of("edit-undo-xl-us", median, "µs", "<= 200", String.format(Locale.ROOT,
                "JMH sample time of History.execute(MoveTouchpoints) + undo on XL: median %.1f µs, p99 %.1f µs",
                median, p99), spread));
    }

    /** JMH with 3 × 1 s warm-up and 5 × 1 s measured iterations in one fork (the benchmark's mode). */
    private static Collection<RunResult> jmh(Path dir, Class<?> benchmark) throws Exception {
        OptionsBuilder builder = new OptionsBuilder();
        builder.include(benchmark.getName() + "\\.")
                // A collection between iterations, so that no operation pays for the garbage of the one before.
                .shouldDoGC(true)
                .forks(1)
                .warmupIterations(3)
                .measurementIterations(5)
                .warmupTime(TimeValue.seconds(1))
                .measurementTime(TimeValue.seconds(1));
        if (System.getProperty("polku.bench.jfr") != null) {
            // Profiling a figure that misses its goal: one recording per benchmark fork, read with `jfr print`.
            builder.jvmArgsAppend("-XX:StartFlightRecording=filename=" + dir.resolve("jmh-" + benchmark.getSimpleName()
                    + "-%p.jfr") + ",settings=profile");
        }
        Options options = builder
                .jvm(ChildJvm.java())
                .jvmArgs("-Xms2g", "-Xmx2g", "-Dfile.encoding=UTF-8")
                .output(dir.resolve("jmh-" + benchmark.getSimpleName() + ".log").toString())
                .build();
        return new Runner(options).run();
    }

    private static void heap(Path dir, List<Figure> figures) throws Exception {
        Path xl = dir.resolve("xl.polku.json");
        MapFiles.write(BenchMaps.XL.map(), xl, false);
        Path small = dir.resolve("s.polku.json");
        MapFiles.write(BenchMaps.S.map(), small, false);
        long retained = Long.parseLong(ChildJvm.lastLine(ChildJvm.command(
                List.of("-Xmx2g", "-XX:+UseSerialGC"), HeapProbe.class.getName(), xl.toString(), small.toString())));
        long size = Files.size(xl);
        // Bytes against bytes, measured once: the machine's load does not enter it, so it has no spread.
        figures.add(Figure.of("heap-xl-vs-file", (double) retained / size, "ratio", "<= 5", String.format(Locale.ROOT,
                "heap used after System.gc with the loaded XL map held minus before (child JVM, Serial GC): "
                        + "%.1f MiB / file %.1f MiB", retained / 1048576.0, size / 1048576.0), null));
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
        // Each round's four starts met the same load; each figure pairs its subject with that round's hello.
        Pairs a = new Pairs(app, hello);
        Pairs u = new Pairs(uncached, hello);
        Pairs c = new Pairs(canvas, hello);
        figures.add(Figure.ratio("startup-vs-hello", a, "<= 1.5", String.format(Locale.ROOT,
                "median of %d pairwise ratios of alternating process starts to the first painted frame (headless "
                        + "Monocle): Polku (fi.polku.Main from polku.jar, started as ./polku starts it: AOT cache from a "
                        + "recorded start, %s) until the frame showing %s %.0f ms / minimal JavaFX window, plain JVM, "
                        + "%.0f ms (medians)", STARTUP_RUNS, AppStart.AOT_QUIET, SAMPLE, a.subjectMs(),
                a.baselineMs())));
        figures.add(Figure.ratio("startup-uncached-vs-hello", u, null, String.format(Locale.ROOT,
                "the same start of Polku without the AOT cache %.0f ms / minimal window %.0f ms", u.subjectMs(),
                u.baselineMs())));
        figures.add(Figure.ratio("startup-canvas-vs-hello", c, null, String.format(Locale.ROOT,
                "the journey canvas alone (MapWindowApp, plain JVM, class directories) with %s %.0f ms / minimal "
                        + "window %.0f ms", SAMPLE, c.subjectMs(), c.baselineMs())));
    }

    private static void paint(List<Figure> figures) throws Exception {
        PaintBench.Pair fit = PaintBench.fitToWindowVsBareCanvas(BenchMaps.L.map());
        figures.add(Figure.ratio("paint-vs-bare-canvas", fit.times(), "<= 1.5", String.format(Locale.ROOT,
                "median of %d pairwise ratios, paint+snapshot of L fitted to %.0f×%.0f: %.1f ms / bare Canvas %.1f ms "
                        + "(medians; %s)", fit.times().count(), PaintBench.VIEW_W, PaintBench.VIEW_H,
                fit.times().subjectMs(), fit.times().baselineMs(), fit.detail())));
        // Culling is whether a screenful of a big map costs what a screenful of a small one does. The bench
        // XL packs 185 cards into each cell where S has 4.8, so its screenful holds twice the cards and many
        // more flow lines; that pair is printed too, as information, but the goal is judged on equal screens.
        PaintBench.Pair cull = PaintBench.viewportVsViewport(BenchMaps.XL_AT_S_DENSITY.map(), BenchMaps.S.map());
        figures.add(Figure.ratio("paint-culling-xl-vs-s", cull.times(), "<= 1.2", String.format(Locale.ROOT,
                "median of %d pairwise ratios, paint+snapshot: XL at S's density (20,000 touchpoints, 60 stages × 71 "
                        + "lanes) %.1f ms / S %.1f ms (medians; %s)", cull.times().count(), cull.times().subjectMs(),
                cull.times().baselineMs(), cull.detail())));
        PaintBench.Pair dense = PaintBench.viewportVsViewport(BenchMaps.XL.map(), BenchMaps.S.map());
        figures.add(Figure.ratio("paint-full-xl-screen-vs-s", dense.times(), null, String.format(Locale.ROOT,
                "median of %d pairwise ratios, paint+snapshot: bench XL (12 stages × 10 lanes, its screenful full of "
                        + "cards) %.1f ms / S %.1f ms (medians; %s)", dense.times().count(), dense.times().subjectMs(),
                dense.times().baselineMs(), dense.detail())));
    }

    /** Compare and merge of two XL maps, each against opening the two files it reads. */
    private static void diffMerge(List<Figure> figures) throws Exception {
        List<String> jvm = List.of("-Xms2g", "-Xmx2g", "-Dfile.encoding=UTF-8");
        Pairs diff = Pairs.parse(ChildJvm.lastLine(ChildJvm.command(jvm, DiffPairs.class.getName(), "diff")));
        figures.add(Figure.ratio("diff-xl-vs-load", diff, "<= 0.5", String.format(Locale.ROOT,
                "median of %d pairwise ratios, alternating single operations each after a collection (child JVM, "
                        + "-Xms2g -Xmx2g, %d warm-up pairs): MapDiff.between of XL and a copy with 1 card in %d "
                        + "retitled and re-rated, %d moved and %d added %.1f ms / MapCodec.read of both files %.1f ms "
                        + "(medians)", diff.count(), CodecPairs.WARMUP, DiffPairs.EDIT_EVERY, DiffPairs.MOVES,
                DiffPairs.ADDITIONS, diff.subjectMs(), diff.baselineMs())));
        Pairs merge = Pairs.parse(ChildJvm.lastLine(ChildJvm.command(jvm, DiffPairs.class.getName(), "merge")));
        figures.add(Figure.ratio("merge-xl-vs-load", merge, "<= 1", String.format(Locale.ROOT,
                "median of %d pairwise ratios, as diff: MapMerge.merge of XL and two copies each edited that way on "
                        + "other cards (both differences, the merge by id and the validation of the result) %.1f ms / "
                        + "MapCodec.read of both edited files %.1f ms (medians)", merge.count(), merge.subjectMs(),
                merge.baselineMs())));
    }

    private static void find(List<Figure> figures) throws Exception {
        FindBench.Result r = FindBench.keystrokes(BenchMaps.XL.map());
        double median = Stats.median(r.keystrokeNanos()) / 1e3;
        figures.add(Figure.of("find-xl-us", median, "µs", "<= 50000", String.format(Locale.ROOT,
                "median of %d keystrokes on XL (%d touchpoints): CardFinder.find on the map's prepared index + the "
                        + "overlay highlighting the matches + one paint of the view with them and a snapshot; %s. The "
                        + "search alone: median %.0f µs, longest %.0f µs; a plain paint of the same view without a "
                        + "find, right after each keystroke: median %.0f µs. The first search of a map value, which also "
                        + "folds every card's text, took %.1f ms", r.keystrokeNanos().length, BenchMaps.XL.touchpoints(),
                r.detail(), Stats.median(r.searchNanos()) / 1e3,
                java.util.Arrays.stream(r.searchNanos()).max().orElse(0) / 1e3,
                Stats.median(r.plainPaintNanos()) / 1e3, r.coldNanos() / 1e6),
                Spread.ofNanos("keystrokes", r.keystrokeNanos(), 1e3)));
    }

    private static void present(List<Figure> figures) throws Exception {
        PresentBench.Result r = PresentBench.run(BenchMaps.S.map());
        java.util.Comparator<PresentBench.SlideTimes> byMedian =
                java.util.Comparator.comparingLong(PresentBench.SlideTimes::median);
        PresentBench.SlideTimes worst = r.steps().stream().max(byMedian).orElseThrow();
        PresentBench.SlideTimes worstJump = r.jumps().stream().max(byMedian).orElseThrow();
        String screen = String.format(Locale.ROOT, "%d×%d", PresentBench.SCREEN_W, PresentBench.SCREEN_H);
        figures.add(Figure.of("present-slide-us", worst.median() / 1e3, "µs", "<= 16000", String.format(Locale.ROOT,
                "the slowest of the %d slides of S (%d touchpoints) stepped to in the real presentation window at %s "
                        + "(headless, software pipeline): from the show told to go to the slide (what a key does) to the "
                        + "window's content rasterised by a snapshot, after the window prepared the slides around it "
                        + "while the presenter paused (waited for; %d of the steps found their slide not prepared); "
                        + "median of its runs: %s. Medians per slide, ms: %s. Prepared: %d slides kept at most, %.1f "
                        + "MiB of pixels, heap after a show +%.1f MiB", r.steps().size(), BenchMaps.S.touchpoints(),
                screen, r.unpreparedSteps(), worst.slide(), PresentBench.each(r.steps()), r.capacity(),
                r.preparedBytes() / 1048576.0, r.heapBytes() / 1048576.0),
                Spread.ofNanos("runs", worst.nanos(), 1e3)));
        figures.add(Figure.of("present-jump-unprepared-us", worstJump.median() / 1e3, "µs", null, String.format(
                Locale.ROOT, "(information) a number key straight after opening, before anything is prepared: the "
                        + "slowest slide jumped to (%s), painted on the spot (its picture made, FxPainter, rasterised "
                        + "by a snapshot of the window's content). Medians per slide, ms: %s", worstJump.slide(),
                PresentBench.each(r.jumps())), Spread.ofNanos("runs", worstJump.nanos(), 1e3)));
        figures.add(Figure.of("present-first-slide-us", r.first().median() / 1e3, "µs", null, String.format(
                Locale.ROOT, "(information) opening the presentation on S at %s to its first slide rasterised: the "
                        + "window made and shown full screen, the map laid out, the slide painted on the spot", screen),
                Spread.ofNanos("runs", r.first().nanos(), 1e3)));
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
                size.pixels() * 4 / 1048576.0), Spread.ofNanos("runs", runs, 1e6)));
    }

    private static void report(Path dir, List<Figure> figures) throws Exception {
        Pairs p = ReportBench.run(dir);
        String method = String.format(Locale.ROOT, "whole process, java -jar polku.jar report S.polku.json -o S.pdf "
                + "(%d touchpoints; cover, contents, map, priorities, opportunities, method): median of %d runs "
                + "%.0f ms, each paired with polku export S.polku.json --format pdf %.0f ms", BenchMaps.S.touchpoints(),
                p.count(), p.subjectMs(), p.baselineMs());
        figures.add(Figure.of("report-s-ms", p.subjectMs(), "ms", "<= 3000", method,
                Spread.ofNanos("runs", p.subject(), 1e6)));
        figures.add(Figure.ratio("report-vs-export-pdf-s", p, "<= 1.5", method));
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
            if (f.spread() == null) {
                n.putNull("spread");
            } else {
                ObjectNode spread = n.putObject("spread");
                spread.put("of", f.spread().of());
                spread.put("n", f.spread().n());
                spread.put("q1", f.spread().q1());
                spread.put("q3", f.spread().q3());
                spread.put("min", f.spread().min());
                spread.put("max", f.spread().max());
            }
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
