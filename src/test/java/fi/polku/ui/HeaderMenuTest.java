package fi.polku.ui;

import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import fi.polku.ui.canvas.CanvasProbe;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The menu of a stage or lane header, opened by right-click and from the keyboard in the real window. */
@ExtendWith(ApplicationExtension.class)
class HeaderMenuTest {
    @TempDir
    static Path home;
    private MainWindow window;
    private CanvasProbe probe;

    @Start
    void start(javafx.stage.Stage stage) {
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), TestMaps.storeBus());
        probe = new CanvasProbe(window.canvas());
    }

    private JourneyMap map() {
        return window.document().current();
    }

    private static MenuItem item(ContextMenu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id));
    }

    /** The id of the menu item that has the keyboard focus in a shown menu, or null. */
    private static String focusedItem(ContextMenu menu) {
        return menu.getSkin().getNode().lookupAll(".menu-item").stream().filter(javafx.scene.Node::isFocused)
                .map(javafx.scene.Node::getId).findFirst().orElse(null);
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void rightClickOnAStageHeaderOffersItsCommandsAndInsertBeforeUndoes(FxRobot robot) {
        PlatformInput.rightClick(robot, probe.stageHeader("s2"));
        ContextMenu menu = PlatformInput.showing("header-menu");
        assertThat(menu).isNotNull();
        assertThat(menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null && !t.isEmpty()))
                .containsExactly("Rename", "Insert Stage Before", "Insert Stage After", "Move Left", "Move Right",
                        "Delete Stage");
        assertThat(window.state().selectedStageProperty().get()).isEqualTo("s2");

        robot.clickOn("Insert Stage Before");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().stages()).hasSize(4);
        assertThat(map().stages().get(2).id()).isEqualTo("s2");
        String added = map().stages().get(1).id();
        assertThat(map().stages().get(1).name()).isEqualTo("New stage");
        assertThat(window.state().selectedStageProperty().get()).isEqualTo(added);
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo Add stage");

        undo(robot);
        assertThat(map()).isEqualTo(TestMaps.storeBus());
    }

    @Test
    void theFirstStageCannotMoveLeftAndMoveRightSwapsItWithTheNext(FxRobot robot) {
        PlatformInput.rightClick(robot, probe.stageHeader("s1"));
        ContextMenu menu = PlatformInput.showing("header-menu");
        assertThat(item(menu, "context-stage-moveLeft").isDisable()).isTrue();
        assertThat(item(menu, "context-stage-moveRight").isDisable()).isFalse();

        robot.clickOn("Move Right");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().stages()).extracting(Stage::id).containsExactly("s2", "s1", "s3");
        undo(robot);
        assertThat(map()).isEqualTo(TestMaps.storeBus());
    }

    @Test
    void deletingALaneWithCardsFromItsMenuAsksThenDeletesAndUndoBringsItBack(FxRobot robot) {
        PlatformInput.rightClick(robot, probe.laneHeader("l1"));
        ContextMenu menu = PlatformInput.showing("header-menu");
        assertThat(item(menu, "context-lane-moveUp").isDisable()).isTrue();
        robot.clickOn("Delete Lane");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Delete the lane \u201cWeb\u201d?").tryQuery()).isPresent();
        robot.clickOn("Delete");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map().lane("l1")).isEmpty();
        assertThat(map().touchpoint("t2")).isEmpty();
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo Delete lane");
        undo(robot);
        assertThat(map()).isEqualTo(TestMaps.storeBus());
    }

    @Test
    void renameFromTheMenuEditsTheHeaderInPlace(FxRobot robot) {
        PlatformInput.rightClick(robot, probe.laneHeader("l2"));
        robot.clickOn("Rename");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(probe.isRenamingHeader()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Shop").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map().lane("l2").orElseThrow().name()).isEqualTo("Shop");
        undo(robot);
        assertThat(map()).isEqualTo(TestMaps.storeBus());
    }

    @Test
    void theContextMenuKeyOpensTheMenuOfTheSelectedHeaderAndItsItemsWorkByKeyboard(FxRobot robot) {
        robot.clickOn(probe.stageHeader("s3"));
        robot.type(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = PlatformInput.showing("header-menu");
        assertThat(menu).isNotNull();
        assertThat(item(menu, "context-stage-moveRight").isDisable()).isTrue();

        // Down arrow until Move Left has the focus, as a keyboard user would, then Enter.
        for (int i = 0; i < 8 && !"context-stage-moveLeft".equals(focusedItem(menu)); i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(focusedItem(menu)).isEqualTo("context-stage-moveLeft");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().stages()).extracting(Stage::id).containsExactly("s1", "s3", "s2");
        assertThat(PlatformInput.showing("header-menu")).isNull();
        undo(robot);
        assertThat(map()).isEqualTo(TestMaps.storeBus());
    }

    @Test
    void shiftF10OpensTheLaneMenuAndEscapeClosesItChangingNothing(FxRobot robot) {
        robot.clickOn(probe.laneHeader("l3"));
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = PlatformInput.showing("header-menu");
        assertThat(menu).isNotNull();
        assertThat(item(menu, "context-lane-delete").getText()).isEqualTo("Delete Lane");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(PlatformInput.showing("header-menu")).isNull();
        assertThat(map()).isEqualTo(TestMaps.storeBus());
    }

    @Test
    void aKeyboardMenuRequestAsWindowsSendsItOpensOneMenuAtTheSelectedHeader(FxRobot robot) {
        robot.clickOn(probe.laneHeader("l2"));
        var canvas = window.canvas();
        // Windows sends the key and then its own menu request; together they must show one menu.
        robot.type(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(PlatformInput.showing("header-menu")).isNotNull();
        var inWindow = canvas.localToScreen(canvas.getWidth() * 0.75, canvas.getHeight() * 0.75);
        PlatformInput.keyboard(robot, inWindow);

        ContextMenu menu = PlatformInput.showing("header-menu");
        assertThat(menu).isNotNull();
        assertThat(item(menu, "context-lane-insertAfter").getText()).isEqualTo("Insert Lane After");
        assertThat(javafx.stage.Window.getWindows().stream().filter(w -> w instanceof ContextMenu m && m.isShowing()))
                .hasSize(1);
        // The menu opens at the header, not at the point the platform names.
        assertThat(Math.abs(menu.getAnchorY() - probe.laneHeader("l2").getY())).isLessThan(2);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map()).isEqualTo(TestMaps.storeBus());
    }

    /** Down arrow in a shown menu until the item has the focus, then Enter, as a keyboard user would. */
    private static void choose(FxRobot robot, ContextMenu menu, String id) {
        for (int i = 0; i < 16 && !id.equals(focusedItem(menu)); i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(focusedItem(menu)).isEqualTo(id);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void withoutAPointerAStageIsSelectedFromACardsMenuAndThenMovedFromItsOwnMenu(FxRobot robot) {
        robot.interact(() -> window.canvas().requestFocus());
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        String card = window.state().selection().iterator().next();
        String stage = map().touchpoint(card).orElseThrow().stageId();

        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, PlatformInput.showingOther("header-menu"), "context-selectStage");
        assertThat(window.state().selectedStageProperty().get()).isEqualTo(stage);
        assertThat(window.state().selection()).isEmpty();

        robot.type(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = PlatformInput.showing("header-menu");
        assertThat(menu).isNotNull();
        choose(robot, menu, "context-stage-insertAfter");
        int at = map().stages().stream().map(Stage::id).toList().indexOf(stage);
        assertThat(map().stages()).hasSize(4);
        assertThat(map().stages().get(at + 1).name()).isEqualTo("New stage");
        undo(robot);
        assertThat(map()).isEqualTo(TestMaps.storeBus());
    }

    @Test
    void theKeyboardMenuOfAFocusedCardIsTheCardMenu(FxRobot robot) {
        robot.clickOn(probe.centreOf("t3"));
        robot.type(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = PlatformInput.showingOther("header-menu");
        assertThat(menu).isNotNull();
        assertThat(menu.getItems()).extracting(MenuItem::getId).contains("context-duplicate", "context-insertStage");
        robot.type(KeyCode.ESCAPE);
        assertThat(map()).isEqualTo(TestMaps.storeBus());
    }
}
