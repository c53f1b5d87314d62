package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.layout.EmotionCurve;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.ui.canvas.CanvasProbe;
import javafx.scene.control.ChoiceBox;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Setting an intended feeling in the inspector draws the second, dashed curve in the emotion lane (in the
 * layout and in the painted pixels), and one undo takes it away again.
 */
@ExtendWith(ApplicationExtension.class)
class IntendedFeelingInWindowTest {
    @TempDir
    static Path home;
    private MainWindow window;
    private JourneyMap storeBus;

    @Start
    void start(Stage stage) throws Exception {
        storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), storeBus);
    }

    private EmotionCurve curve(CanvasProbe probe) {
        return probe.emotionCurves().getFirst();
    }

    private Image pixels(FxRobot robot, CanvasProbe probe, fi.polku.layout.Rect area) {
        WaitForAsyncUtils.waitForFxEvents();
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = probe.pixelsOf(area));
        return image[0];
    }

    private static long differing(Image a, Image b) {
        long n = 0;
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    @SuppressWarnings("unchecked")
    void settingAnIntendedFeelingDrawsTheSecondCurveAndUndoRemovesIt(FxRobot robot) {
        CanvasProbe probe = new CanvasProbe(window.canvas());
        assertThat(storeBus.touchpoints()).noneMatch(t -> t.intendedFeeling() != null);
        assertThat(curve(probe).intendedDashes()).isNull();
        assertThat(curve(probe).legend()).isNull();
        List<Touchpoint> felt = storeBus.touchpoints().stream().filter(t -> t.emotion() != null).limit(2).toList();
        // The whole map in view, so that the emotion lane is on screen.
        robot.interact(() -> window.canvas().fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
        fi.polku.layout.Rect plot = curve(probe).plot().inset(-4);
        Image before = pixels(robot, probe, plot);

        // Two cards aim for "satisfied" (+2): a curve needs two points.
        robot.interact(() -> window.state().selectCards(felt.stream().map(Touchpoint::id).toList()));
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<String> intended = robot.lookup("#touchpoint-intended-feeling").queryAs(ChoiceBox.class);
        assertThat(intended.getItems()).contains("", "frustrated", "satisfied", "delighted");
        robot.interact(() -> intended.setValue("satisfied"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.document().current().touchpoints()).filteredOn(t -> "satisfied".equals(t.intendedFeeling()))
                .hasSize(2);
        assertThat(window.document().undoTextProperty().get()).isEqualTo("Undo Set intended feeling of 2 touchpoints");
        EmotionCurve drawn = curve(probe);
        assertThat(drawn.intendedPoints()).extracting(p -> p.touchpointId())
                .containsExactlyInAnyOrderElementsOf(felt.stream().map(Touchpoint::id).toList());
        assertThat(drawn.intendedPoints()).allSatisfy(p -> assertThat(p.emotion()).isEqualTo(2.0));
        assertThat(drawn.intendedDashes()).isNotNull();
        assertThat(drawn.legend()).isNotNull();
        assertThat(drawn.legend().intended().lines()).containsExactly("tavoiteltu");
        // The dashed curve and its diamonds change the painted plot.
        Image after = pixels(robot, probe, plot);
        assertThat(differing(before, after)).as("pixels the intended curve paints").isGreaterThan(30);

        robot.interact(() -> WindowTestSupport.menuItem(robot, "undo").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current()).isEqualTo(storeBus);
        assertThat(curve(probe).intendedDashes()).isNull();
        assertThat(curve(probe).intendedPoints()).isEmpty();
        robot.interact(() -> window.state().clearSelection());
        assertThat(differing(before, pixels(robot, probe, plot))).as("pixels after undo").isZero();

        // Beside the priorities, the analysis lists the two gaps once the step is redone.
        robot.interact(() -> window.analysisDock().shownProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.analysisDock().pane().gaps().rows()).isEmpty();
        robot.interact(() -> WindowTestSupport.menuItem(robot, "redo").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.analysisDock().pane().gaps().rows()).hasSize(2).allSatisfy(g -> assertThat(g.gap())
                .isEqualTo(g.touchpoint().emotion() - 2));
    }
}
