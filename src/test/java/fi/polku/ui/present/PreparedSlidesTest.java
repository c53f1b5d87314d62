package fi.polku.ui.present;

import fi.polku.io.MapFiles;
import fi.polku.layout.Theme;
import fi.polku.metrics.MapComparison;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;
import fi.polku.model.Touchpoint;
import fi.polku.render.fx.FxPainter;
import fi.polku.render.present.Slide;
import fi.polku.render.present.SlideList;
import fi.polku.render.present.SlidePictures;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slides prepared ahead of the presenter: what the screen shows from a prepared image is, pixel for
 * pixel, what it shows when the slide is painted on the spot; a jump past the prepared slides still shows
 * the slide asked for; a change of compare view drops the images made without it.
 */
@ExtendWith(ApplicationExtension.class)
class PreparedSlidesTest {
    private Stage owner;
    private PresentationWindow presentation;

    @Start
    void start(Stage stage) {
        // An editor-like window of its own (with a scene: a shown window without one stalls the toolkit's
        // rendering), leaving the test application's stage as the other tests expect it.
        owner = new Stage();
        owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 320, 200));
        owner.show();
    }

    @AfterEach
    void end(FxRobot robot) {
        if (presentation != null) {
            robot.interact(presentation::end);
        }
        robot.interact(owner::close);
    }

    private PresentationWindow open(FxRobot robot, JourneyMap map) {
        robot.interact(() -> {
            presentation = new PresentationWindow(owner, map, Theme.standard(), SlideList.all(map), () -> {
            }, () -> {
            });
            presentation.show();
        });
        return presentation;
    }

    private static void settle(PresentationWindow p) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> p.preparedSlides().settled()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The slide as the room sees it: the presentation's surface, without the fading counter. */
    private static int[] screen(FxRobot robot, PresentationWindow p) {
        int[][] out = new int[1][];
        robot.interact(() -> out[0] = screen(p));
        return out[0];
    }

    private static int[] screen(PresentationWindow p) {
        Node surface = p.root().lookup("#presentation-surface");
        return pixels(surface.snapshot(null, null));
    }

    /** The slide painted on a canvas of the screen's size, as a presentation without preparing would. */
    private static int[] painted(FxRobot robot, SlidePictures pictures, Slide slide) {
        int[][] out = new int[1][];
        robot.interact(() -> {
            Canvas canvas = new Canvas(pictures.width(), pictures.height());
            pictures.of(slide).paint(FxPainter.withScreenText(canvas.getGraphicsContext2D()));
            out[0] = pixels(canvas.snapshot(null, null));
        });
        return out[0];
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    private static boolean showsPrepared(PresentationWindow p) {
        return p.root().lookup("#presentation-prepared").isVisible();
    }

    private static SlidePictures pictures(JourneyMap map, PresentationWindow p) {
        return new SlidePictures(map, Theme.standard(), p.root().getWidth(), p.root().getHeight());
    }

    @Test
    void aPreparedSlideLooksExactlyAsTheSlidePaintedOnTheSpot(FxRobot robot) throws Exception {
        JourneyMap map = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        PresentationWindow p = open(robot, map);
        List<Slide> slides = p.slideShow().slides();
        // Straight after opening nothing is prepared yet: a jump paints the slide on the spot. In one go on
        // the JavaFX thread, so that no preparing comes between.
        List<int[]> direct = new ArrayList<>();
        List<Boolean> prepared = new ArrayList<>();
        robot.interact(() -> {
            for (int i = 0; i < slides.size(); i++) {
                p.slideShow().goToNumber(i + 1);
                prepared.add(showsPrepared(p));
                direct.add(screen(p));
            }
        });
        assertThat(prepared).as("each painted on the spot").containsOnly(false);
        robot.interact(() -> p.slideShow().first());
        settle(p);
        assertThat(p.preparedSlides().count()).isEqualTo(slides.size());
        for (int i = 0; i < slides.size(); i++) {
            int number = i + 1;
            // Arriving from another slide, as a key does: the slide on the screen stays as it was drawn.
            robot.interact(() -> {
                p.slideShow().goToNumber(number == 1 ? 2 : 1);
                p.slideShow().goToNumber(number);
            });
            assertThat(showsPrepared(p)).as("slide %d from its prepared image", number).isTrue();
            assertThat(screen(robot, p)).as("slide %s", slides.get(i).id()).isEqualTo(direct.get(i));
        }
        assertThat(direct.get(1)).isEqualTo(painted(robot, pictures(map, p), slides.get(1)));
    }

    @Test
    void aJumpPastThePreparedSlidesShowsTheSlideAskedFor(FxRobot robot) throws Exception {
        // More slides than the budget keeps at this screen size: the far ones are painted when asked for.
        JourneyMap map = MapGenerator.generate(200, 40, 4, 5);
        PresentationWindow p = open(robot, map);
        settle(p);
        int capacity = p.preparedSlides().capacity();
        assertThat(capacity).isLessThan(p.slideShow().slides().size());
        assertThat(p.preparedSlides().count()).isEqualTo(capacity);
        assertThat(p.preparedSlides().bytes()).isLessThanOrEqualTo(PreparedSlides.BUDGET_BYTES);

        int far = p.slideShow().slides().size() - 2;
        robot.interact(() -> p.slideShow().goToNumber(far));
        assertThat(p.slideShow().current()).isEqualTo(p.slideShow().slides().get(far - 1));
        assertThat(showsPrepared(p)).isFalse();
        assertThat(screen(robot, p)).isEqualTo(painted(robot, pictures(map, p), p.slideShow().current()));

        // Once the presenter pauses there, its neighbours are prepared and the next key shows an image.
        settle(p);
        robot.interact(() -> p.slideShow().next());
        assertThat(showsPrepared(p)).isTrue();
        assertThat(screen(robot, p)).isEqualTo(painted(robot, pictures(map, p), p.slideShow().current()));
        assertThat(p.preparedSlides().count()).isLessThanOrEqualTo(capacity);
    }

    @Test
    void comparingDropsTheImagesMadeWithoutTheMarks(FxRobot robot) throws Exception {
        JourneyMap before = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        Touchpoint removed = before.touchpoints().get(0);
        List<Touchpoint> cards = new ArrayList<>(before.touchpoints());
        cards.remove(removed);
        JourneyMap after = before.withTouchpoints(cards);
        MapComparison comparison = MapComparison.of(before, after);
        PresentationWindow p = open(robot, after);
        settle(p);
        int[] plain = screen(robot, p);

        int[] kept = new int[1];
        robot.interact(() -> {
            p.compared(comparison);
            kept[0] = p.preparedSlides().count();
        });
        assertThat(kept[0]).as("nothing prepared without the marks is kept").isZero();
        int[] marked = painted(robot, pictures(after, p).compared(comparison), Slide.of(Slide.Kind.MAP));
        assertThat(marked).isNotEqualTo(plain);
        assertThat(screen(robot, p)).isEqualTo(marked);

        settle(p);
        robot.interact(() -> p.slideShow().next());
        robot.interact(() -> p.slideShow().previous());
        assertThat(showsPrepared(p)).isTrue();
        assertThat(screen(robot, p)).isEqualTo(marked);
    }

    @Test
    void picturesInAnotherThemeDropTheImagesOfTheFirst(FxRobot robot) throws Exception {
        JourneyMap map = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        Slide stage = Slide.stage(map.stages().get(1).id());
        SlidePictures light = new SlidePictures(map, Theme.standard(), 960, 540);
        SlidePictures dark = new SlidePictures(map, Theme.standard().withPalette(fi.polku.layout.Palette.dark()), 960,
                540);
        PreparedSlides ahead = new PreparedSlides();
        Image[] images = new Image[4];
        robot.interact(() -> {
            ahead.reset(light, 1, 1);
            ahead.showing(SlideList.all(map), 1);
            images[0] = ahead.prepare(stage);
            images[3] = ahead.get(stage);
            ahead.reset(dark, 1, 1);
            images[1] = ahead.get(stage);
            ahead.showing(SlideList.all(map), 1);
            images[2] = ahead.prepare(stage);
            ahead.stop();
        });
        assertThat(images[3]).as("kept while its pictures are shown").isSameAs(images[0]);
        assertThat(images[1]).as("nothing of the light theme is shown in the dark one").isNull();
        assertThat(pixels(images[2])).isEqualTo(painted(robot, dark, stage)).isNotEqualTo(pixels(images[0]));
    }
}
