package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.render.present.Slide;
import fi.polku.ui.canvas.CanvasProbe;
import fi.polku.ui.present.SlideShow;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A presentation as a consultant gives it: F5 from a zoomed, scrolled editor with a card selected, every
 * stage and analysis slide stepped through with the keys a clicker and a keyboard send, the screen blanked
 * and back, and Esc back to the editor exactly where it was; then a choice of slides that the show follows.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationTest {
    @TempDir
    static Path home;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        JourneyMap storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), storeBus);
    }

    private static Node presentation(FxRobot robot) {
        return robot.lookup("#presentation").tryQuery().orElse(null);
    }

    private static SlideShow show(FxRobot robot) {
        Node root = presentation(robot);
        assertThat(root).as("a presentation on the screen").isNotNull();
        return (SlideShow) root.getProperties().get(SlideShow.class);
    }

    private static String slide(FxRobot robot) {
        return show(robot).current().id();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void stepsThroughTheStagesAndTheAnalysisAndEscReturnsToTheSamePlace(FxRobot robot) {
        CanvasProbe probe = new CanvasProbe(window.canvas());
        robot.interact(() -> window.canvas().zoomProperty().set(1.6));
        robot.clickOn(probe.centreOf("t5"));
        robot.interact(() -> window.canvas().revealCard("t5"));
        double zoom = window.canvas().zoomProperty().get();
        Point2D place = probe.mapPointAt(probe.viewCentre());
        Set<String> selection = Set.copyOf(window.state().selection());
        assertThat(selection).containsExactly("t5");

        press(robot, KeyCode.F5);
        assertThat(slide(robot)).isEqualTo("map");
        Window shown = presentation(robot).getScene().getWindow();
        assertThat(shown).isNotSameAs(window.canvas().getScene().getWindow());
        assertThat(((Stage) shown).isFullScreen()).isTrue();
        assertThat(robot.lookup("#presentation-counter").queryAs(Label.class).getText()).isEqualTo("1 / 10");

        List<String> seen = new ArrayList<>(List.of(slide(robot)));
        // The clicker's Page Down, the arrows, space and a click all go on.
        for (KeyCode key : List.of(KeyCode.RIGHT, KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.DOWN, KeyCode.RIGHT,
                KeyCode.RIGHT, KeyCode.PAGE_DOWN, KeyCode.RIGHT)) {
            press(robot, key);
            seen.add(slide(robot));
        }
        robot.clickOn(presentation(robot));
        WaitForAsyncUtils.waitForFxEvents();
        seen.add(slide(robot));
        assertThat(seen).containsExactly("map", "stage:s1", "stage:s2", "stage:s3", "stage:s4", "matrix",
                "priorities", "score", "emotion", "opportunities");
        press(robot, KeyCode.RIGHT);
        assertThat(slide(robot)).as("the last slide stays").isEqualTo("opportunities");
        assertThat(robot.lookup("#presentation-counter").queryAs(Label.class).getText()).isEqualTo("10 / 10");

        press(robot, KeyCode.PAGE_UP);
        assertThat(slide(robot)).isEqualTo("emotion");
        press(robot, KeyCode.BACK_SPACE, KeyCode.LEFT);
        assertThat(slide(robot)).isEqualTo("priorities");
        press(robot, KeyCode.HOME);
        assertThat(slide(robot)).isEqualTo("map");
        press(robot, KeyCode.END);
        assertThat(slide(robot)).isEqualTo("opportunities");
        press(robot, KeyCode.DIGIT3);
        assertThat(slide(robot)).isEqualTo("stage:s2");
        // Ten slides: 1 may begin 10, so it waits for the next digit or Enter.
        press(robot, KeyCode.DIGIT1);
        assertThat(slide(robot)).isEqualTo("stage:s2");
        assertThat(robot.lookup("#presentation-counter").queryAs(Label.class).getText()).isEqualTo("Go to slide 1…");
        press(robot, KeyCode.DIGIT0);
        assertThat(slide(robot)).isEqualTo("opportunities");
        press(robot, KeyCode.DIGIT1, KeyCode.ENTER);
        assertThat(slide(robot)).isEqualTo("map");

        press(robot, KeyCode.B);
        assertThat(robot.lookup("#presentation-blank").query().isVisible()).isTrue();
        press(robot, KeyCode.PERIOD);
        assertThat(robot.lookup("#presentation-blank").query().isVisible()).isFalse();

        press(robot, KeyCode.ESCAPE);
        assertThat(presentation(robot)).as("the presentation has closed").isNull();
        assertThat(window.canvas().zoomProperty().get()).isEqualTo(zoom);
        Point2D after = probe.mapPointAt(probe.viewCentre());
        assertThat(after.getX()).isCloseTo(place.getX(), within(0.01));
        assertThat(after.getY()).isCloseTo(place.getY(), within(0.01));
        assertThat(window.state().selection()).containsExactlyElementsOf(selection);
        assertThat(window.canvas().isFocused()).as("the map has the keyboard again").isTrue();
    }

    @Test
    void theChosenSlidesAreSavedWithTheMapAndTheShowSkipsTheOthers(FxRobot robot) throws Exception {
        // The checklist waits for its answer: fired later, so that the robot is free to tick it.
        javafx.application.Platform.runLater(() -> WindowTestSupport.menuItem(robot, "chooseSlides").fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#slide-stage-s2");
        robot.clickOn("#slide-emotion");
        DialogPane chooser = robot.lookup("#slide-chooser").queryAs(DialogPane.class);
        robot.clickOn((Button) chooser.lookupButton(chooser.getButtonTypes().getFirst()));
        assertThat(window.document().current().presentation().hiddenSlides()).containsExactly("stage:s2", "emotion");
        assertThat(window.document().undoTextProperty().get()).isEqualTo("Undo Choose slides");

        // Saved and opened again, then shown: the left-out slides are skipped.
        Path file = home.resolve("chosen.polku.json");
        MapFiles.write(window.document().current(), file, false);
        assertThat(MapFiles.load(file).presentation().hiddenSlides()).containsExactly("stage:s2", "emotion");
        robot.interact(() -> window.editor().undo());
        assertThat(window.document().current().presentation().hiddenSlides()).isEmpty();
        robot.interact(() -> window.files().open(file));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.document().file().filter(file::equals).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().presentation().hiddenSlides()).containsExactly("stage:s2", "emotion");

        press(robot, KeyCode.F5);
        List<String> seen = new ArrayList<>(List.of(slide(robot)));
        for (int i = 0; i < 7; i++) {
            press(robot, KeyCode.RIGHT);
            seen.add(slide(robot));
        }
        assertThat(seen).containsExactly("map", "stage:s1", "stage:s3", "stage:s4", "matrix", "priorities", "score",
                "opportunities");

        // C opens the list over the presentation; ticking the emotion curve again shows it at once.
        press(robot, KeyCode.LEFT, KeyCode.C);
        assertThat(robot.lookup("#slide-emotion").queryAs(CheckBox.class).isSelected()).isFalse();
        robot.clickOn("#slide-emotion");
        DialogPane again = robot.lookup("#slide-chooser").queryAs(DialogPane.class);
        robot.clickOn((Button) again.lookupButton(again.getButtonTypes().getFirst()));
        assertThat(slide(robot)).as("still on the slide it was on").isEqualTo("score");
        press(robot, KeyCode.RIGHT);
        assertThat(slide(robot)).isEqualTo("emotion");
        assertThat(show(robot).slides()).extracting(Slide::id).doesNotContain("stage:s2");
        assertThat(window.document().current().presentation().hiddenSlides()).containsExactly("stage:s2");
        press(robot, KeyCode.ESCAPE);
    }
}
