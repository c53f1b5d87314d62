package fi.polku.ui;

import fi.polku.model.JourneyMap;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.Rating;
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

/** What a user sees in the main window when editing a map through the inspector and the menus. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path home;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), TestMaps.storeBus());
    }

    /** Focuses a field the way Tab would, which also scrolls the inspector to it. */
    private static void focus(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, String... ids) {
        robot.interact(() -> {
            window.canvas().clearSelection();
            window.state().selection().addAll(List.of(ids));
        });
    }

    /** The menus' icons are made when a menu first opens, not with the window; they are there by then. */
    @Test
    void aMenuShowsItsIconsWhenItOpens(FxRobot robot) {
        robot.clickOn("File");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.menuItem(robot, "save").getGraphic())
                .isInstanceOf(org.kordamp.ikonli.javafx.FontIcon.class);
        assertThat(WindowTestSupport.menuItem(robot, "revert").getGraphic()).isNotNull();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.menuItem(robot, "zoomIn").getGraphic()).as("a menu not opened yet").isNull();
    }

    @Test
    void typingInTheInspectorMarksTheTitleDirtyAndUndoesAsOneStep(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Store customer bus \u2014 Polku");
        select(robot, "t2");
        robot.clickOn("#touchpoint-title").press(KeyCode.END).release(KeyCode.END).write(" (app)");

        assertThat(window.document().current().touchpoint("t2").orElseThrow().title())
                .isEqualTo("Opening hours online (app)");
        assertThat(stage.getTitle()).isEqualTo("\u2022 Store customer bus \u2014 Polku");
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo Edit title");
        assertThat(robot.lookup("#status-saved").queryAs(Label.class).getText()).isEqualTo("Unsaved changes");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(window.document().current()).isEqualTo(TestMaps.storeBus());
        assertThat(stage.getTitle()).isEqualTo("Store customer bus \u2014 Polku");
        assertThat(WindowTestSupport.menuItem(robot, "redo").getText()).isEqualTo("Redo Edit title");
    }

    @Test
    void undoMenuNamesTheStepItUndoes(FxRobot robot) {
        robot.interact(() -> window.editor().moveTouchpoints(List.of("t1", "t2", "t3"), "s3", "l1", 0));
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo Move 3 touchpoints");
        assertThat(WindowTestSupport.menuItem(robot, "undo").isDisable()).isFalse();

        robot.interact(() -> WindowTestSupport.menuItem(robot, "undo").fire());

        assertThat(window.document().current()).isEqualTo(TestMaps.storeBus());
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo");
        assertThat(WindowTestSupport.menuItem(robot, "undo").isDisable()).isTrue();
    }

    @Test
    void ratingStarsSetImportanceAndClearUnsetsIt(FxRobot robot) {
        select(robot, "t2");
        Rating rating = robot.lookup("#touchpoint-importance").queryAs(Rating.class);
        assertThat(rating.getRating()).isEqualTo(3.0);

        var stars = robot.from(rating).lookup(".button").queryAll().stream().toList();
        assertThat(stars).hasSize(5);
        robot.clickOn(stars.getLast());
        assertThat(window.document().current().touchpoint("t2").orElseThrow().importance()).isEqualTo(5.0);

        robot.clickOn("#touchpoint-importance-clear");
        assertThat(window.document().current().touchpoint("t2").orElseThrow().importance()).isNull();
        assertThat(rating.getRating()).isZero();

        focus(robot, "#touchpoint-importance");
        robot.type(KeyCode.DIGIT2);
        assertThat(window.document().current().touchpoint("t2").orElseThrow().importance()).isEqualTo(2.0);
    }

    @Test
    void multiSelectionEditsTheSharedFieldOfAllCardsInOneStep(FxRobot robot) {
        select(robot, "t2", "t3");
        robot.clickOn("#touchpoint-owner").write("Marketing");

        JourneyMap map = window.document().current();
        assertThat(map.touchpoint("t2").orElseThrow().owner()).isEqualTo("Marketing");
        assertThat(map.touchpoint("t3").orElseThrow().owner()).isEqualTo("Marketing");
        assertThat(map.touchpoint("t1").orElseThrow().owner()).isEmpty();
        robot.interact(() -> window.editor().undo());
        assertThat(window.document().current()).isEqualTo(TestMaps.storeBus());
    }

    @Test
    void anOutOfScaleMeasurementShowsWhyAndChangesNothing(FxRobot robot) {
        select(robot, "t1");
        focus(robot, "#measurement-value");
        robot.write("250");

        Label error = robot.lookup("#measurement-value-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("250 is outside the NPS scale (-100 to 100).");

        focus(robot, "#measurement-add");
        robot.clickOn("#measurement-add");
        assertThat(window.document().current()).isEqualTo(TestMaps.storeBus());
        assertThat(window.document().history().canUndo()).isFalse();
        assertThat(stage.getTitle()).doesNotContain("\u2022");

        focus(robot, "#measurement-value");
        robot.doubleClickOn("#measurement-value").write("45");
        focus(robot, "#measurement-n");
        robot.write("12");
        focus(robot, "#measurement-add");
        robot.clickOn("#measurement-add");
        assertThat(error.isVisible()).isFalse();
        assertThat(window.document().current().touchpoint("t1").orElseThrow().measurements())
                .extracting(m -> m.value()).containsExactly(12.5, 45.0);
    }

    @Test
    void anOutOfScaleTargetIsRefusedInPlace(FxRobot robot) {
        select(robot, "t1");
        focus(robot, "#target-csat");
        robot.write("120").type(KeyCode.ENTER);

        assertThat(robot.lookup("#target-csat-error").queryAs(Label.class).getText())
                .isEqualTo("120 is outside the CSAT scale (0 to 100).");
        assertThat(window.document().current()).isEqualTo(TestMaps.storeBus());

        robot.type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        assertThat(robot.lookup("#target-csat-error").queryAs(Label.class).isVisible()).isFalse();
        assertThat(window.document().current().touchpoint("t1").orElseThrow().targets())
                .containsEntry("csat", 12.0).containsEntry("nps", 30.0);
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        robot.interact(() -> window.editor().renameTouchpoint("t1", "Bus"));
        Platform.runLater(window::requestClose);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("Save changes to \u201cStore customer bus\u201d?").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(window.document().isDirty()).isTrue();

        Platform.runLater(window::requestClose);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void helpShowsEveryShortcutOnOneSheet(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> texts = robot.lookup("#shortcut-sheet").lookup((javafx.scene.Node n) -> n instanceof Label)
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(texts).containsSubsequence("Undo", "Ctrl+Z", "Redo", "Ctrl+Shift+Z,  Ctrl+Y");
        assertThat(texts).contains("Save", "Ctrl+S", "Keyboard Shortcuts", "F1");
        assertThat(texts).noneMatch(t -> t.startsWith("!"));
        robot.clickOn("Close");
    }

    @Test
    void newMapStartsWithTheUsualStagesAndChannels(FxRobot robot) {
        robot.interact(() -> window.files().newMap());
        JourneyMap map = window.document().current();
        assertThat(map.stages()).extracting(s -> s.name())
                .containsExactly("Before purchase", "Purchase", "After purchase");
        assertThat(map.lanes()).extracting(l -> l.name())
                .containsExactly("Website", "Social media", "Chat", "Email", "Phone", "Store", "Invoice", "Emotion");
        assertThat(map.language()).isEqualTo("en");
        assertThat(stage.getTitle()).isEqualTo("New journey map \u2014 Polku");
    }
}
