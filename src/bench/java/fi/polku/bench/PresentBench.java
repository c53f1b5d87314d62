package fi.polku.bench;

import fi.polku.layout.Theme;
import fi.polku.model.JourneyMap;
import fi.polku.render.fx.FxPainter;
import fi.polku.render.present.Slide;
import fi.polku.render.present.SlideList;
import fi.polku.render.present.SlidePictures;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Each slide of a presentation as it first comes on a 1920 × 1080 screen: its picture made (the chart's
 * analysis and layout, or the map slide's framing; the map's own layout is made once when the presentation
 * starts, so it is made before the clock runs) and painted through {@link FxPainter} onto a screen-sized
 * canvas, rasterised by a snapshot as {@link PaintBench} does, on the JavaFX thread of the headless toolkit.
 */
final class PresentBench {
    static final double SCREEN_W = 1920;
    static final double SCREEN_H = 1080;
    private static final int WARMUP = 5;
    private static final int RUNS = 15;

    /** One slide's runs, in nanoseconds. */
    record SlideTimes(String slide, long[] nanos) {
        long median() {
            return Stats.median(nanos);
        }
    }

    private final Canvas canvas = new Canvas(SCREEN_W, SCREEN_H);
    private final WritableImage image = new WritableImage((int) SCREEN_W, (int) SCREEN_H);

    /** Every slide of the map, each timed {@value #RUNS} times after {@value #WARMUP} warm-up rounds. */
    static List<SlideTimes> slides(JourneyMap map) throws Exception {
        CompletableFuture<List<SlideTimes>> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(new PresentBench().run(map));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }

    private List<SlideTimes> run(JourneyMap map) {
        List<Slide> slides = SlideList.all(map);
        for (int i = 0; i < WARMUP; i++) {
            slides.forEach(slide -> firstShowing(map, slide));
        }
        List<long[]> runs = new ArrayList<>();
        slides.forEach(s -> runs.add(new long[RUNS]));
        // Round by round, so that the machine's load at any moment falls on every slide alike.
        for (int r = 0; r < RUNS; r++) {
            for (int s = 0; s < slides.size(); s++) {
                runs.get(s)[r] = firstShowing(map, slides.get(s));
            }
        }
        List<SlideTimes> times = new ArrayList<>();
        for (int s = 0; s < slides.size(); s++) {
            times.add(new SlideTimes(slides.get(s).id(), runs.get(s)));
        }
        return times;
    }

    private long firstShowing(JourneyMap map, Slide slide) {
        SlidePictures pictures = new SlidePictures(map, Theme.standard(), SCREEN_W, SCREEN_H);
        pictures.layout();
        long start = System.nanoTime();
        canvas.getGraphicsContext2D().clearRect(0, 0, SCREEN_W, SCREEN_H);
        pictures.of(slide).paint(new FxPainter(canvas.getGraphicsContext2D()));
        canvas.snapshot(null, image);
        return System.nanoTime() - start;
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
