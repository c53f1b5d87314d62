package fi.polku.bench;

import fi.polku.layout.Theme;
import fi.polku.model.JourneyMap;
import fi.polku.render.present.SlideList;
import fi.polku.ui.present.PresentationWindow;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A presentation as the room sees it, on the headless toolkit's 1920 × 1080 screen (Monocle, software
 * pipeline): the real {@link PresentationWindow} opened full screen, and for each slide the time from the
 * show being told to go there (what a key press does) to the window's content rasterised by a snapshot.
 * Three cases, each timed apart: stepping through a show whose slides were prepared while the presenter
 * talked (the window waits until its preparing has settled before each key); the first slide, from
 * opening the window; and a jump straight after opening to each other slide, none of them prepared yet,
 * so each is painted on the spot (its chart analysed and laid out too, as on its first showing).
 */
final class PresentBench {
    static final int SCREEN_W = 1920;
    static final int SCREEN_H = 1080;
    /** The headless screen's size, set before the toolkit starts. */
    static final String GEOMETRY = SCREEN_W + "x" + SCREEN_H + "-32";
    private static final int WARMUP = 3;
    private static final int RUNS = 15;

    /** One slide's runs, in nanoseconds. */
    record SlideTimes(String slide, long[] nanos) {
        long median() {
            return Stats.median(nanos);
        }
    }

    /**
     * Every case's runs: {@code steps} per slide of the show stepped to once prepared, {@code jumps} per
     * slide (the first one left out) jumped to before anything is prepared, {@code first} the first slide on
     * opening; how many steps found their slide not prepared; and what the prepared slides held.
     */
    record Result(List<SlideTimes> steps, List<SlideTimes> jumps, SlideTimes first, int unpreparedSteps,
                  long preparedBytes, long heapBytes, int capacity) {
    }

    private final JourneyMap map;
    private final WritableImage image = new WritableImage(SCREEN_W, SCREEN_H);
    private PresentationWindow window;
    private int unprepared;

    private PresentBench(JourneyMap map) {
        this.map = map;
    }

    static Result run(JourneyMap map) throws Exception {
        // Each round closes its presentation window: the toolkit must outlive its last window.
        Platform.setImplicitExit(false);
        PresentBench bench = new PresentBench(map);
        List<String> ids = SlideList.all(map).stream().map(fi.polku.render.present.Slide::id).toList();
        int slides = ids.size();
        for (int i = 0; i < WARMUP; i++) {
            bench.round(slides);
        }
        bench.unprepared = 0;
        long[][] steps = new long[slides][RUNS];
        long[][] jumps = new long[slides][RUNS];
        long[] first = new long[RUNS];
        long[] memory = null;
        for (int r = 0; r < RUNS; r++) {
            long[][] round = bench.round(slides);
            first[r] = round[0][0];
            for (int s = 0; s < slides; s++) {
                jumps[s][r] = round[1][s];
                steps[s][r] = round[2][s];
            }
            memory = memory == null ? round[3] : memory;
        }
        List<SlideTimes> stepped = new ArrayList<>();
        List<SlideTimes> jumped = new ArrayList<>();
        for (int s = 0; s < slides; s++) {
            stepped.add(new SlideTimes(ids.get(s), steps[s]));
            if (s > 0) {
                jumped.add(new SlideTimes(ids.get(s), jumps[s]));
            }
        }
        return new Result(stepped, jumped, new SlideTimes("first", first), bench.unprepared, memory[1], memory[0],
                (int) memory[2]);
    }

    /**
     * One presentation: opened, then (in the same task, so that nothing is prepared in between) a jump to
     * each other slide; then, once the window has prepared what it prepares, every slide stepped to in turn
     * with a pause on each; closed.
     */
    private long[][] round(int slides) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long[] opened = new long[slides];
        fx(() -> {
            long start = System.nanoTime();
            window = new PresentationWindow(null, map, Theme.standard(), SlideList.all(map), () -> {
            }, () -> {
            });
            window.show();
            window.root().snapshot(null, image);
            opened[0] = System.nanoTime() - start;
            for (int s = 1; s < slides; s++) {
                int number = s + 1;
                opened[s] = timed(() -> window.slideShow().goToNumber(number));
            }
            return 0L;
        });
        long[] steps = new long[slides];
        fx(() -> timed(() -> window.slideShow().last()));
        settle();
        for (int s = 0; s < slides; s++) {
            int at = s;
            steps[s] = fx(() -> {
                long t = timed(at == 0 ? () -> window.slideShow().first() : () -> window.slideShow().next());
                if (!window.root().lookup("#presentation-prepared").isVisible()) {
                    unprepared++;
                }
                return t;
            });
            settle();
        }
        System.gc();
        long heap = memory.getHeapMemoryUsage().getUsed() - heapBefore;
        long prepared = fx(() -> window.preparedSlides().bytes());
        long capacity = fx(() -> (long) window.preparedSlides().capacity());
        fx(() -> {
            window.end();
            return 0L;
        });
        return new long[][] {{opened[0]}, opened, steps, {heap, prepared, capacity}};
    }

    /** The show moved, and what the window then shows rasterised: on the JavaFX thread, in one go. */
    private long timed(Runnable key) {
        long start = System.nanoTime();
        key.run();
        window.root().snapshot(null, image);
        return System.nanoTime() - start;
    }

    /** Waits, as a presenter talking does, until the window has prepared what it prepares around the slide. */
    private void settle() throws Exception {
        waitFor(() -> {
            try {
                return fx(() -> window.preparedSlides().settled() ? 1L : 0L) == 1L;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // A frame's worth more, so that the last prepared slide's frame is out.
        Thread.sleep(30);
    }

    private static void waitFor(BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the presentation did not finish preparing within 60 s");
            }
            Thread.sleep(20);
        }
    }

    private static long fx(Callable<Long> task) throws Exception {
        CompletableFuture<Long> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(2, TimeUnit.MINUTES);
    }

    /** "map 4.1, stage:s1 3.2, ..." in milliseconds. */
    static String each(List<SlideTimes> times) {
        List<String> parts = new ArrayList<>();
        for (SlideTimes t : times) {
            parts.add(String.format(Locale.ROOT, "%s %.1f", t.slide(), t.median() / 1e6));
        }
        return String.join(", ", parts);
    }
}
