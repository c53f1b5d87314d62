package fi.polku.ui;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.search.FindResult;
import fi.polku.text.Localization;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl+F finds cards as one types, Enter steps through them, Esc ends the find. */
@ExtendWith(ApplicationExtension.class)
class FindInWindowTest {
    @TempDir
    static Path home;
    private MainWindow window;

    /** The store bus with two accented titles, one in the first stage and one in the last. */
    private static JourneyMap map() {
        JourneyMap bus = TestMaps.storeBus();
        List<Touchpoint> cards = new ArrayList<>(bus.touchpoints());
        cards.add(Touchpoint.create("t5", "Odotus, päätös postiin", "s3", "l1"));
        cards.add(Touchpoint.create("t6", "Lainapäätös", "s1", "l1"));
        return bus.withTouchpoints(cards);
    }

    @Start
    void start(Stage stage) {
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), map());
    }

    @Test
    void ctrlFFindsAnAccentedTitleTypedWithoutAccentsAndEnterStepsThroughTheMatches(FxRobot robot) {
        robot.clickOn(window.canvas());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField field = robot.lookup("#find-field").queryAs(TextField.class);
        assertThat(field.isFocused()).isTrue();

        robot.write("paatos");

        // Both matches are highlighted, in reading order (stage 1 before stage 3); the first is selected.
        FindResult found = window.state().foundProperty().get();
        assertThat(found.matches()).containsExactly("t6", "t5");
        assertThat(window.state().selection()).containsExactly("t6");
        assertThat(count(robot)).isEqualTo("1 / 2");

        robot.type(KeyCode.ENTER);
        assertThat(window.state().selection()).containsExactly("t5");
        assertThat(count(robot)).isEqualTo("2 / 2");

        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        assertThat(window.state().selection()).containsExactly("t6");

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#find-bar").tryQuery()).isEmpty();
        assertThat(window.state().foundProperty().get()).isEqualTo(FindResult.NONE);
        assertThat(window.canvas().isFocused()).isTrue();
        // The match found stays selected: the facilitator goes on with the card.
        assertThat(window.state().selection()).containsExactly("t6");
    }

    @Test
    void aQueryWithoutMatchesSaysSoAndF3OpensTheLastQueryAgain(FxRobot robot) {
        robot.interact(() -> window.findBar().open());
        robot.write("kassa zzz");
        assertThat(count(robot)).isEqualTo("No matches");
        assertThat(Localization.text(Localization.FINNISH, "find.none")).isEqualTo("Ei osumia");
        assertThat(window.state().foundProperty().get().active()).isTrue();

        TextField field = robot.lookup("#find-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("bus"));
        robot.type(KeyCode.ESCAPE);
        assertThat(window.findBar().isOpen()).isFalse();
        robot.type(KeyCode.F3);
        assertThat(window.findBar().isOpen()).isTrue();
        assertThat(window.state().selection()).containsExactly("t1");
    }

    @Test
    void anEditWhileFindingUpdatesTheHighlights(FxRobot robot) {
        robot.interact(() -> window.findBar().open());
        robot.write("odotus");
        assertThat(window.state().foundProperty().get().matches()).containsExactly("t5");
        robot.interact(() -> window.editor().renameTouchpoint("t2", "Odotusaika verkossa"));
        assertThat(window.state().foundProperty().get().matches()).containsExactly("t2", "t5");
        assertThat(window.state().selection()).containsExactly("t5");
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#find-count").queryAs(Label.class).getText();
    }
}
