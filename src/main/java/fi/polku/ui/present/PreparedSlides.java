package fi.polku.ui.present;

import fi.polku.render.fx.FxPainter;
import fi.polku.render.present.Slide;
import fi.polku.render.present.SlidePictures;
import javafx.animation.PauseTransition;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The slides around the one on the screen, painted ahead into images while the presenter talks, so that
 * the next key press only puts a finished picture on the screen. In the software pipeline a map slide
 * takes several frames to rasterise; its image takes well under one to show.
 *
 * <p>Each slide is painted exactly as it would be on the screen ({@link FxPainter} onto a screen-sized
 * canvas), rasterised by a snapshot at the screen's pixel scale. Preparing runs on the JavaFX thread, one
 * slide at a time, once no slide has changed for {@link #IDLE}: a key pressed while a slide is being
 * prepared waits for that one slide. The images are of one {@link SlidePictures} (one screen size, theme,
 * map and compare view); new pictures drop them all. At most {@link #capacity()} images are kept, the
 * slides nearest the current one first, within {@link #BUDGET_BYTES} of pixels but never fewer than the
 * slide itself and its two neighbours.
 */
public final class PreparedSlides {
    /** How many bytes of slide pixels are kept at most: 12 slides at 1920 × 1080, 3 at 3840 × 2160. */
    public static final long BUDGET_BYTES = 100L << 20;
    /** The current slide and the one on each side of it are kept whatever the screen. */
    private static final int MIN_SLIDES = 3;
    /** How long the show stays on a slide before preparing resumes: a clicker's quick presses go first. */
    static final Duration IDLE = Duration.millis(150);
    /** The pause between two prepared slides, in which keys and frames get their turn. */
    private static final Duration BETWEEN = Duration.millis(1);

    private final Map<String, WritableImage> images = new HashMap<>();
    /** Images of slides no longer wanted, whose pixels the next slide prepared is painted into. */
    private final Deque<WritableImage> spare = new ArrayDeque<>();
    private final PauseTransition wait = new PauseTransition();
    private SlidePictures pictures;
    private Canvas canvas;
    private double scaleX = 1;
    private double scaleY = 1;
    private List<Slide> slides = List.of();
    private int index;
    private boolean stopped;

    public PreparedSlides() {
        wait.setOnFinished(e -> prepareNext());
    }

    /**
     * Starts over for other pictures (another screen size, theme, map or compare view) at the screen's
     * pixel scale: every image made for the earlier ones is dropped.
     */
    public void reset(SlidePictures next, double pixelScaleX, double pixelScaleY) {
        wait.stop();
        images.clear();
        spare.clear();
        pictures = next;
        scaleX = pixelScaleX;
        scaleY = pixelScaleY;
        canvas = new Canvas(next.width(), next.height());
    }

    /** The finished image of the slide, or null when it is not prepared for the current pictures. */
    public Image get(Slide slide) {
        return images.get(slide.id());
    }

    /** The show is now on {@code slides.get(index)}: preparing its neighbours resumes after a pause. */
    public void showing(List<Slide> shown, int at) {
        slides = List.copyOf(shown);
        index = at;
        if (stopped || pictures == null) {
            return;
        }
        forgetUnwanted();
        wait.setDuration(IDLE);
        wait.playFromStart();
    }

    /** How many images are kept at most at this screen size. */
    public int capacity() {
        if (pictures == null) {
            return MIN_SLIDES;
        }
        long bytes = Math.max(1, pixelsWide() * pixelsHigh() * 4L);
        return (int) Math.max(MIN_SLIDES, BUDGET_BYTES / bytes);
    }

    /** How many slides are prepared now. */
    public int count() {
        return images.size();
    }

    /** The bytes of pixels the prepared images hold. */
    public long bytes() {
        return (long) (images.size() + spare.size()) * pixelsWide() * pixelsHigh() * 4L;
    }

    /** Whether every slide worth keeping around the current one is prepared: nothing is left to do. */
    public boolean settled() {
        return pictures == null || stopped || wanted().stream().allMatch(s -> images.containsKey(s.id()));
    }

    /** Stops preparing and lets the images go, when the presentation ends. */
    public void stop() {
        stopped = true;
        wait.stop();
        images.clear();
        spare.clear();
        canvas = null;
    }

    /**
     * Paints the slide into an image now, as the screen would show it: the path every prepared slide
     * takes. The image is kept unless the slide is too far from the current one to be worth keeping.
     */
    public WritableImage prepare(Slide slide) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        pictures.of(slide).paint(FxPainter.withScreenText(gc));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(new Scale(scaleX, scaleY));
        WritableImage into = spare.poll();
        if (into == null || (int) into.getWidth() != pixelsWide() || (int) into.getHeight() != pixelsHigh()) {
            into = new WritableImage(pixelsWide(), pixelsHigh());
        }
        WritableImage image = canvas.snapshot(params, into);
        // The canvas keeps what was drawn on it until it is cleared: let it go with the next slide.
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (wanted().contains(slide)) {
            images.put(slide.id(), image);
        }
        return image;
    }

    private void prepareNext() {
        if (stopped || pictures == null) {
            return;
        }
        for (Slide slide : wanted()) {
            if (!images.containsKey(slide.id())) {
                prepare(slide);
                wait.setDuration(BETWEEN);
                wait.playFromStart();
                return;
            }
        }
    }

    /** The slides worth keeping, nearest first: the next one, the one before, then outwards. */
    private List<Slide> wanted() {
        List<Slide> order = new ArrayList<>();
        int room = capacity();
        if (slides.isEmpty()) {
            return order;
        }
        int at = Math.clamp(index, 0, slides.size() - 1);
        for (int step = 1; order.size() < room && step <= slides.size(); step++) {
            add(order, at + step, room);
            add(order, at - step, room);
            if (step == 1) {
                add(order, at, room);
            }
        }
        return order;
    }

    private void add(List<Slide> order, int at, int room) {
        if (at >= 0 && at < slides.size() && order.size() < room && !order.contains(slides.get(at))) {
            order.add(slides.get(at));
        }
    }

    /** Drops the images of slides now too far away, keeping their pixels for the next ones. */
    private void forgetUnwanted() {
        List<String> keep = wanted().stream().map(Slide::id).toList();
        images.keySet().removeIf(id -> {
            if (keep.contains(id)) {
                return false;
            }
            spare.push(images.get(id));
            return true;
        });
        while (spare.size() > 1) {
            spare.removeLast();
        }
    }

    private int pixelsWide() {
        return (int) Math.ceil(pictures.width() * scaleX);
    }

    private int pixelsHigh() {
        return (int) Math.ceil(pictures.height() * scaleY);
    }
}
