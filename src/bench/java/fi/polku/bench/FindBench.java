package fi.polku.bench;

import fi.polku.layout.MapLayout;
import fi.polku.layout.MapLayouter;
import fi.polku.layout.Rect;
import fi.polku.layout.Theme;
import fi.polku.model.JourneyMap;
import fi.polku.render.FontMetricsTable;
import fi.polku.render.MapPainter;
import fi.polku.render.Overlay;
import fi.polku.render.fx.FxPainter;
import fi.polku.search.CardFinder;
import fi.polku.search.FindResult;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One keystroke of Ctrl+F on a big map: the search for the text typed so far, the overlay that highlights
 * its matches, and one paint of a window-sized view with them, rasterised by a snapshot as
 * {@link PaintBench} does, on the JavaFX thread of the headless toolkit.
 */
final class FindBench {
    /** Typed a key at a time: one word, then a second, so the matches go from most cards to a few. */
    static final String TYPED = "kassajono myymälä";
    private static final int WARMUP_ROUNDS = 6;
    private static final int ROUNDS = 15;

    /**
     * The keystrokes' whole times, their search parts alone, a plain paint of the same view without a find
     * right after each (so that the machine's load at the time shows on both), the first search of the map value (which also
     * builds the index), and what was typed and found.
     */
    record Result(long[] keystrokeNanos, long[] searchNanos, long[] plainPaintNanos, long coldNanos, String detail) {
    }

    private long searchNanos;
    private final Canvas canvas = new Canvas(PaintBench.VIEW_W, PaintBench.VIEW_H);
    private final WritableImage image = new WritableImage((int) PaintBench.VIEW_W, (int) PaintBench.VIEW_H);

    static Result keystrokes(JourneyMap map) throws Exception {
        CompletableFuture<Result> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(new FindBench().run(map));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }

    private Result run(JourneyMap map) {
        MapLayout layout = MapLayouter.layout(map, Theme.standard(), FontMetricsTable.shared());
        MapPainter painter = new MapPainter(layout);
        Rect b = layout.bounds();
        Rect visible = new Rect(Math.max(0, (b.w() - PaintBench.VIEW_W) / 2), Math.max(0, (b.h() - PaintBench.VIEW_H) / 2),
                PaintBench.VIEW_W, PaintBench.VIEW_H);
        FxPainter fx = new FxPainter(canvas.getGraphicsContext2D());
        CardFinder finder = new CardFinder();
        long start = System.nanoTime();
        finder.find(map, TYPED.substring(0, 1));
        long cold = System.nanoTime() - start;
        List<String> prefixes = new ArrayList<>();
        for (int i = 1; i <= TYPED.length(); i++) {
            if (!TYPED.substring(0, i).isBlank()) {
                prefixes.add(TYPED.substring(0, i));
            }
        }
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            prefixes.forEach(q -> keystroke(finder, map, q, painter, fx, visible));
        }
        long[] times = new long[ROUNDS * prefixes.size()];
        long[] searches = new long[times.length];
        long[] plain = new long[times.length];
        int n = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String q : prefixes) {
                times[n] = keystroke(finder, map, q, painter, fx, visible);
                searches[n] = searchNanos;
                plain[n++] = paint(painter, fx, visible, Overlay.NONE);
            }
        }
        int first = finder.find(map, prefixes.getFirst()).count();
        int last = finder.find(map, TYPED).count();
        return new Result(times, searches, plain, cold, String.format(Locale.ROOT, "typing \"%s\" a key at a time (%d keystrokes, "
                + "%d to %d matches), view %d×%d at 100 %% in the middle of the map", TYPED, prefixes.size(), first,
                last, (int) PaintBench.VIEW_W, (int) PaintBench.VIEW_H));
    }

    /** What the window does for one key typed into the find field, until the frame is rasterised. */
    private long keystroke(CardFinder finder, JourneyMap map, String query, MapPainter painter, FxPainter fx,
                           Rect visible) {
        long start = System.nanoTime();
        FindResult found = finder.find(map, query);
        searchNanos = System.nanoTime() - start;
        String current = found.count() > 0 ? found.matches().getFirst() : null;
        Overlay overlay = new Overlay(current == null ? Set.of() : Set.of(current), current, null, null, null, false,
                Set.of(), 0, 0, null, null).withHighlighted(found.matched());
        paint(painter, fx, visible, overlay);
        return System.nanoTime() - start;
    }

    /** One paint of the view as the canvas paints it, rasterised; its time. */
    private long paint(MapPainter painter, FxPainter fx, Rect visible, Overlay overlay) {
        long start = System.nanoTime();
        fx.fillRect(0, 0, PaintBench.VIEW_W, PaintBench.VIEW_H, 0xFFE6E9EE);
        fx.pushTransform(-visible.x(), -visible.y(), 1);
        painter.paint(fx, visible, 1, overlay);
        painter.paintPinnedHeaders(fx, visible, 1, overlay);
        fx.popTransform();
        canvas.snapshot(null, image);
        return System.nanoTime() - start;
    }
}
