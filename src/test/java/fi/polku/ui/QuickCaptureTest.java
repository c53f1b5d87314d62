package fi.polku.ui;

import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import fi.polku.ui.canvas.CanvasProbe;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
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

/** Quick capture in the main window: cards typed into a cell one after another, and lists pasted into one. */
@ExtendWith(ApplicationExtension.class)
class QuickCaptureTest {
    @TempDir
    static Path home;
    private MainWindow window;
    private CanvasProbe probe;

    @Start
    void start(Stage stage) {
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), TestMaps.storeBus());
        probe = new CanvasProbe(window.canvas());
    }

    private JourneyMap map() {
        return window.document().current();
    }

    private List<String> titlesIn(String stageId, String laneId) {
        return map().touchpoints().stream().filter(t -> t.isIn(stageId, laneId)).map(Touchpoint::title).toList();
    }

    private TextField field(FxRobot robot) {
        return robot.lookup("#quick-capture-field").queryAs(TextField.class);
    }

    /** Whether capture shows: the field, its hint and the cell's outline are shown and hidden together. */
    private boolean shown(FxRobot robot) {
        return field(robot).getParent().isVisible();
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typedTitlesBecomeCardsInOrderOneUndoStepEachAndTabGoesToTheNextStage(FxRobot robot) {
        robot.clickOn(probe.emptyPartOf("s3", "l1"));
        robot.write("Chat opens").type(KeyCode.ENTER);
        TextField field = field(robot);
        assertThat(shown(robot)).isTrue();
        assertThat(field.isFocused()).isTrue();
        assertThat(field.getText()).isEmpty();
        robot.write("Agent answers").type(KeyCode.ENTER).write("Survey link").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titlesIn("s3", "l1")).containsExactly("Chat opens", "Agent answers", "Survey link");
        assertThat(field.isFocused()).as("the field stays open for the next card").isTrue();
        assertThat(window.document().undoTextProperty().get()).contains("Survey link");

        shortcut(robot, KeyCode.Z);
        assertThat(titlesIn("s3", "l1")).containsExactly("Chat opens", "Agent answers");
        assertThat(field.isFocused()).isTrue();

        // s3 is the last stage: Tab goes on to the first stage of the next lane, adding what was written.
        robot.write("Paper receipt").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titlesIn("s3", "l1")).containsExactly("Chat opens", "Agent answers", "Paper receipt");
        robot.write("Greeting at the door").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titlesIn("s1", "l2")).containsExactly("Bus ride to the store", "Greeting at the door");
        assertThat(window.state().currentCellProperty().get().stageId()).isEqualTo("s1");

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.write("Left unfinished").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).isFalse();
        assertThat(window.canvas().isFocused()).isTrue();
        assertThat(map().touchpoints()).extracting(Touchpoint::title).doesNotContain("Left unfinished");
        assertThat(titlesIn("s3", "l1")).hasSize(3);
    }

    @Test
    void theCardAppearsWhereItWasWrittenAndTheFieldMovesBelowIt(FxRobot robot) {
        robot.clickOn(probe.emptyPartOf("s2", "l3"));
        robot.write("Soitto");
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = field(robot);
        javafx.geometry.Bounds written = field.localToScreen(field.getBoundsInLocal());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String id = map().touchpoints().stream().filter(t -> t.title().equals("Soitto")).findFirst().orElseThrow().id();
        javafx.geometry.Point2D centre = probe.centreOf(id);
        assertThat(written.contains(centre)).as("the card lies where its text was written").isTrue();
        javafx.geometry.Bounds next = field.localToScreen(field.getBoundsInLocal());
        assertThat(next.getMinY()).isGreaterThan(centre.getY());
        assertThat(next.getMinX()).isEqualTo(written.getMinX());
    }

    @Test
    void theNKeyStillMakesACardWithItsTitleEditorAndShiftNStartsATitle(FxRobot robot) {
        robot.clickOn(probe.emptyPartOf("s2", "l3"));
        robot.press(KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT).write("ettisivu").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titlesIn("s2", "l3")).containsExactly("Nettisivu");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titlesIn("s2", "l3")).hasSize(2);
        assertThat(shown(robot)).isFalse();
    }

    @Test
    void aPastedListIsOneCardPerLineInOneUndoStepAndTheCardsAreSelected(FxRobot robot) {
        robot.clickOn(probe.emptyPartOf("s2", "l1"));
        robot.interact(() -> {
            ClipboardContent text = new ClipboardContent();
            text.putString("- Kassajono\n• Parkkipaikka täynnä\n\n* Hintalappu puuttui\n1. Kuitti sähköpostiin\n");
            Clipboard.getSystemClipboard().setContent(text);
        });
        int before = map().touchpoints().size();
        shortcut(robot, KeyCode.V);
        assertThat(titlesIn("s2", "l1")).containsExactly("Kassajono", "Parkkipaikka täynnä", "Hintalappu puuttui",
                "Kuitti sähköpostiin");
        assertThat(window.state().selection()).hasSize(4);
        assertThat(window.editor()).isNotNull();
        assertThat(Messages.of(fi.polku.text.Text.of("step.pasteTouchpoints", 4))).isEqualTo("Paste 4 touchpoints");
        assertThat(window.document().undoTextProperty().get()).contains("Paste 4 touchpoints");
        assertThat(fi.polku.text.Text.of("step.pasteTouchpoints", 4).in(Localization.FINNISH))
                .isEqualTo("Liitä 4 kosketuspistettä");
        shortcut(robot, KeyCode.Z);
        assertThat(map().touchpoints()).hasSize(before);
    }

    @Test
    void aListPastedIntoTheFieldIsCardsToo(FxRobot robot) {
        robot.clickOn(probe.emptyPartOf("s1", "l3"));
        robot.write("Soitto").type(KeyCode.ENTER);
        robot.interact(() -> {
            ClipboardContent text = new ClipboardContent();
            text.putString("Jonotus\nTakaisinsoitto");
            Clipboard.getSystemClipboard().setContent(text);
        });
        shortcut(robot, KeyCode.V);
        assertThat(titlesIn("s1", "l3")).containsExactly("Soitto", "Jonotus", "Takaisinsoitto");
        assertThat(field(robot).isFocused()).isTrue();
        assertThat(field(robot).getText()).isEmpty();
    }
}
