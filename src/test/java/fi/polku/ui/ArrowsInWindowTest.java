package fi.polku.ui;

import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.ui.canvas.CanvasProbe;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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

/** Arrows in the real window: each change is one named undo step, and a refused move says why. */
@ExtendWith(ApplicationExtension.class)
class ArrowsInWindowTest {
    @TempDir
    static Path home;
    private MainWindow window;
    private CanvasProbe probe;
    private final JourneyMap start = TestMaps.storeBus().withConnections(List.of(
            new Connection("c1", "t1", "t3", ""), new Connection("c2", "t3", "t4", "later")));

    @Start
    void start(javafx.stage.Stage stage) {
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), start);
        probe = new CanvasProbe(window.canvas());
    }

    private JourneyMap map() {
        return window.document().current();
    }

    private Connection connection(String id) {
        return map().connections().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private String undoText(FxRobot robot) {
        return WindowTestSupport.menuItem(robot, "undo").getText();
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status(FxRobot robot) {
        return robot.lookup(n -> n instanceof StatusBar).queryAs(StatusBar.class).messageProperty().get();
    }

    @Test
    void f2TypingAndEnterLabelTheArrowInOneStep(FxRobot robot) {
        robot.clickOn(probe.arrowMiddle("c2"));
        assertThat(window.state().selectedConnectionProperty().get()).isEqualTo("c2");
        assertThat(robot.lookup("#status-selection").queryLabeled().getText())
                .isEqualTo("Arrow “Checkout” → “Billing complaint call” selected");
        robot.type(KeyCode.F2);
        assertThat(probe.isLabellingArrow()).isTrue();
        robot.write("next day").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(connection("c2").label()).isEqualTo("next day");
        assertThat(undoText(robot)).isEqualTo("Undo Label connection");
        undo(robot);
        assertThat(map()).isEqualTo(start);
    }

    @Test
    void deleteRemovesTheSelectedArrowOnly(FxRobot robot) {
        robot.clickOn(probe.arrowMiddle("c1"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().connections()).extracting(Connection::id).containsExactly("c2");
        assertThat(map().touchpoints()).hasSize(4);
        assertThat(undoText(robot)).isEqualTo("Undo Delete connection");
        undo(robot);
        assertThat(map()).isEqualTo(start);
    }

    @Test
    void draggingAnEndReconnectsAndSelfLoopsOrDuplicatesAreRefused(FxRobot robot) {
        robot.clickOn(probe.arrowMiddle("c1"));
        robot.drag(probe.arrowHead("c1"), MouseButton.PRIMARY).moveTo(probe.centreOf("t4")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(connection("c1")).isEqualTo(new Connection("c1", "t1", "t4", ""));
        assertThat(undoText(robot)).isEqualTo("Undo Reconnect arrow");

        robot.drag(probe.arrowHead("c1"), MouseButton.PRIMARY).moveTo(probe.centreOf("t1")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(connection("c1").to()).isEqualTo("t4");
        assertThat(status(robot)).isEqualTo("An arrow cannot start and end at the same touchpoint.");

        // c2 runs from t3 to t4; moving its tail to t1 would draw a second arrow from t1 to t4.
        robot.clickOn(probe.arrowMiddle("c2"));
        robot.drag(probe.arrowTail("c2"), MouseButton.PRIMARY).moveTo(probe.centreOf("t1")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(connection("c2").from()).isEqualTo("t3");
        assertThat(status(robot)).isEqualTo("These touchpoints already have an arrow in this direction.");

        undo(robot);
        assertThat(map()).isEqualTo(start);
    }

    @Test
    void rightClickOnAnArrowOpensTheArrowMenu(FxRobot robot) {
        PlatformInput.rightClick(robot, probe.arrowMiddle("c1"));
        ContextMenu menu = PlatformInput.showing("arrow-menu");
        assertThat(menu).isNotNull();
        assertThat(PlatformInput.showingOther("arrow-menu")).isNull();
        assertThat(menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null && !t.isEmpty()))
                .containsExactly("Rename Label", "Reverse Direction", "Delete Arrow");
        assertThat(window.state().selectedConnectionProperty().get()).isEqualTo("c1");
        robot.clickOn("Reverse Direction");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(connection("c1")).isEqualTo(new Connection("c1", "t3", "t1", ""));
        assertThat(undoText(robot)).isEqualTo("Undo Reverse arrow");
    }
}
