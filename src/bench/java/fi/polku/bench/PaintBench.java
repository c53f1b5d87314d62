package fi.polku.bench;

import fi.polku.layout.FontFace;
import fi.polku.layout.MapLayout;
import fi.polku.layout.MapLayouter;
import fi.polku.layout.Rect;
import fi.polku.layout.Theme;
import fi.polku.model.JourneyMap;
import fi.polku.render.FontMetricsTable;
import fi.polku.render.MapPainter;
import fi.polku.render.Overlay;
import fi.polku.render.fx.FxFonts;
import fi.polku.render.fx.FxPainter;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Paints maps exactly as the journey canvas does (background, map, pinned headers through
 * {@link FxPainter}) onto a window-sized {@link Canvas} and rasterises each paint with a snapshot, on the
 * JavaFX thread of a headless (Monocle, software) toolkit. Runs of the two sides of a ratio alternate, one
 * of each per pair, so that the load the machine puts on a pair falls on both of its sides.
 */
final class PaintBench {
    static final double VIEW_W = 1600;
    static final double VIEW_H = 1000;
    private static final int WARMUP = 8;
    private static final int RUNS = 25;

    /** The alternating runs of the two sides of a ratio, and what was painted. */
    record Pair(Pairs times, String detail) {
    }

    private final Canvas canvas = new Canvas(VIEW_W, VIEW_H);
    private final WritableImage image = new WritableImage((int) VIEW_W, (int) VIEW_H);

    static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        if (!started.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start within 60 s");
        }
    }

    /** Whole L map fitted to the window against a bare canvas painting as many rounded rects and strings. */
    static Pair fitToWindowVsBareCanvas(JourneyMap map) throws Exception {
        return onFxThread(() -> new PaintBench().fitVsBare(map));
    }

    /** A 100 % zoom viewport in the middle of {@code big} against the same-size viewport of {@code small}. */
    static Pair viewportVsViewport(JourneyMap big, JourneyMap small) throws Exception {
        return onFxThread(() -> new PaintBench().viewports(big, small));
    }

    private Pair fitVsBare(JourneyMap map) {
        MapLayout layout = MapLayouter.layout(map, Theme.standard(), FontMetricsTable.shared());
        Rect b = layout.bounds();
        double zoom = Math.min(VIEW_W / b.w(), VIEW_H / b.h());
        MapPainter painter = new MapPainter(layout);
        RecordingPainter recorded = new RecordingPainter(new FxPainter(new Canvas(VIEW_W, VIEW_H)
                .getGraphicsContext2D()));
        paintMap(recorded, painter, b, zoom, 0, 0);
        FxPainter fx = new FxPainter(canvas.getGraphicsContext2D());
        LongSupplier subject = () -> timed(() -> paintMap(fx, painter, b, zoom, 0, 0));
        LongSupplier baseline = () -> timed(() -> paintBare(recorded));
        return measure(subject, baseline, String.format(java.util.Locale.ROOT,
                "zoom %.3f, %d rounded rects, %d strings; all calls %s", zoom, recorded.roundRects.size(),
                recorded.texts.size(), recorded.calls));
    }

    private Pair viewports(JourneyMap big, JourneyMap small) {
        ViewportPaint a = viewport(big);
        ViewportPaint b = viewport(small);
        FxPainter fx = new FxPainter(canvas.getGraphicsContext2D());
        return measure(() -> timed(() -> a.paint(fx)), () -> timed(() -> b.paint(fx)),
                "viewport " + (int) VIEW_W + "×" + (int) VIEW_H + " at 100 %, map sizes "
                        + a.size() + " and " + b.size() + "; rounded rects/strings painted " + a.counts() + " and "
                        + b.counts());
    }

    private record ViewportPaint(MapPainter painter, Rect visible, String size) {
        void paint(fi.polku.render.Painter p) {
            paintMap(p, painter, visible, 1, visible.x(), visible.y());
        }

        String counts() {
            RecordingPainter r = new RecordingPainter(new FxPainter(new Canvas(1, 1).getGraphicsContext2D()));
            paint(r);
            return r.roundRects.size() + "/" + r.texts.size() + " " + r.calls;
        }
    }

    private static ViewportPaint viewport(JourneyMap map) {
        MapLayout layout = MapLayouter.layout(map, Theme.standard(), FontMetricsTable.shared());
        Rect b = layout.bounds();
        double x = Math.max(0, b.x() + (b.w() - VIEW_W) / 2);
        double y = Math.max(0, b.y() + (b.h() - VIEW_H) / 2);
        return new ViewportPaint(new MapPainter(layout), new Rect(x, y, VIEW_W, VIEW_H),
                (int) b.w() + "×" + (int) b.h());
    }

    /** What JourneyCanvas.paintNow does, without selection or focus. */
    private static void paintMap(fi.polku.render.Painter p, MapPainter painter, Rect visible, double zoom,
                                 double offsetX, double offsetY) {
        p.fillRect(0, 0, VIEW_W, VIEW_H, 0xFFE6E9EE);
        p.pushTransform(-offsetX * zoom, -offsetY * zoom, zoom);
        painter.paint(p, visible, zoom, Overlay.NONE);
        painter.paintPinnedHeaders(p, visible, zoom, Overlay.NONE);
        p.popTransform();
    }

    private void paintBare(RecordingPainter recorded) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.web("#E6E9EE"));
        gc.fillRect(0, 0, VIEW_W, VIEW_H);
        gc.setFill(Color.WHITE);
        for (RecordingPainter.RoundRect r : recorded.roundRects) {
            gc.fillRoundRect(r.x(), r.y(), r.w(), r.h(), 2 * r.radius(), 2 * r.radius());
        }
        gc.setFill(Color.web("#1F2933"));
        double size = -1;
        for (RecordingPainter.Text t : recorded.texts) {
            if (t.size() != size) {
                // Strings at their painted sizes, so glyph rasterisation costs the same on both sides.
                size = t.size();
                gc.setFont(FxFonts.font(FontFace.REGULAR, size));
            }
            gc.fillText(t.text(), t.x(), t.baseline());
        }
    }

    private long timed(Runnable paint) {
        long start = System.nanoTime();
        paint.run();
        canvas.snapshot(null, image);
        return System.nanoTime() - start;
    }

    private static Pair measure(LongSupplier subject, LongSupplier baseline, String detail) {
        for (int i = 0; i < WARMUP; i++) {
            subject.getAsLong();
            baseline.getAsLong();
        }
        long[] s = new long[RUNS];
        long[] b = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            s[i] = subject.getAsLong();
            b[i] = baseline.getAsLong();
        }
        return new Pair(new Pairs(s, b), detail);
    }

    private static <T> T onFxThread(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }
}
