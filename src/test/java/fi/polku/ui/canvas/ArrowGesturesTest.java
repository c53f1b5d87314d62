package fi.polku.ui.canvas;

import fi.polku.layout.CardBox;
import fi.polku.layout.ConnectionArrow;
import fi.polku.layout.CubicSegment;
import fi.polku.layout.SampleMaps;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/** Arrows on the canvas: selected by a click along their path, labelled, deleted, re-routed, their own menu. */
@ExtendWith(ApplicationExtension.class)
class ArrowGesturesTest {
    private JourneyCanvas canvas;
    private final RecordingActions actions = new RecordingActions();

    @Start
    void start(Stage stage) {
        canvas = new JourneyCanvas();
        canvas.setMap(SampleMaps.storeBus());
        canvas.setActions(actions);
        stage.setScene(new Scene(canvas, 1100, 900));
        stage.show();
        canvas.requestFocus();
    }

    private ConnectionArrow arrow(String id) {
        return canvas.mapLayout().connections().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private Point2D screen(double mapX, double mapY) {
        CanvasViewport v = canvas.viewport();
        return canvas.surface().localToScreen(v.toScreenX(mapX), v.toScreenY(mapY));
    }

    /** The middle of the arrow's longest piece, which is a straight run through a gutter. */
    private Point2D onLine(String id) {
        CubicSegment s = arrow(id).path().stream()
                .max(Comparator.comparingDouble(p -> Math.hypot(p.x1() - p.x0(), p.y1() - p.y0()))).orElseThrow();
        return screen((s.x0() + s.x1()) / 2, (s.y0() + s.y1()) / 2);
    }

    private Point2D head(String id) {
        CubicSegment last = arrow(id).path().getLast();
        return screen(last.x1(), last.y1());
    }

    private Point2D centreOf(String touchpointId) {
        CardBox c = canvas.mapLayout().card(touchpointId);
        return screen(c.bounds().centerX(), c.bounds().centerY());
    }

    @Test
    void aClickOnAnArrowSelectsItInsteadOfOpeningAMenu(FxRobot robot) {
        robot.clickOn(centreOf("t1"));
        assertThat(canvas.state().selection()).containsExactly("t1");
        robot.clickOn(onLine("c3"));
        assertThat(canvas.state().selectedConnectionProperty().get()).isEqualTo("c3");
        assertThat(canvas.state().selection()).isEmpty();
        assertThat(actions.calls).isEmpty();
        robot.clickOn(centreOf("t2"));
        assertThat(canvas.state().selectedConnectionProperty().get()).isNull();
        assertThat(canvas.state().selection()).containsExactly("t2");
    }

    @Test
    void theReachIsAFewScreenPixelsAtAnyZoom(FxRobot robot) {
        for (double zoom : new double[] {0.5, 2}) {
            // Zoom around the line itself, so that it stays in view and clear of the pinned headers.
            Point2D local = canvas.surface().screenToLocal(onLine("c3"));
            robot.interact(() -> canvas.zoomAround(zoom, local.getX(), local.getY()));
            Point2D near = onLine("c3").add(3, 0);
            robot.clickOn(near);
            assertThat(canvas.state().selectedConnectionProperty().get()).as("near at %s", zoom).isEqualTo("c3");
            robot.clickOn(onLine("c3").add(14, 0));
            assertThat(canvas.state().selectedConnectionProperty().get()).as("far at %s", zoom).isNull();
        }
    }

    @Test
    void f2TypingAndEnterLabelsTheArrow(FxRobot robot) {
        robot.clickOn(onLine("c3"));
        robot.type(KeyCode.F2);
        assertThat(canvas.arrowEditor().field().isVisible()).isTrue();
        assertThat(canvas.arrowEditor().field().getText()).isEqualTo("3 vahvistusviestiä");
        robot.write("kiire").type(KeyCode.ENTER);
        assertThat(actions.calls).containsExactly("label c3 kiire");
        assertThat(canvas.arrowEditor().field().isVisible()).isFalse();
    }

    @Test
    void aDoubleClickLabelsAndEscCancels(FxRobot robot) {
        robot.doubleClickOn(onLine("c1"));
        assertThat(canvas.arrowEditor().field().isVisible()).isTrue();
        robot.write("x").type(KeyCode.ESCAPE);
        assertThat(actions.calls).isEmpty();
    }

    @Test
    void deleteRemovesTheSelectedArrow(FxRobot robot) {
        robot.clickOn(onLine("c2"));
        robot.type(KeyCode.DELETE);
        assertThat(actions.calls).containsExactly("deleteConnection c2");
    }

    @Test
    void draggingTheHeadOntoAnotherCardReconnectsIt(FxRobot robot) {
        robot.drag(head("c1"), MouseButton.PRIMARY).moveTo(centreOf("t7")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions.calls).containsExactly("reconnect c1 t3 t7");
    }

    @Test
    void draggingTheTailOfTheSelectedArrowMovesTheStart(FxRobot robot) {
        robot.clickOn(onLine("c1"));
        CubicSegment first = arrow("c1").path().getFirst();
        robot.drag(screen(first.x0(), first.y0()), MouseButton.PRIMARY).moveTo(centreOf("t1")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions.calls).containsExactly("reconnect c1 t1 t4");
    }

    @Test
    void rightClickOpensTheArrowMenu(FxRobot robot) {
        // Headless Monocle does not turn a right click into a context-menu request; send the platform's event.
        Point2D at = onLine("c3");
        Point2D local = canvas.surface().screenToLocal(at);
        robot.interact(() -> javafx.event.Event.fireEvent(canvas.surface(), new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(), at.getX(),
                at.getY(), false, null)));
        assertThat(actions.calls).containsExactly("arrowMenu c3");
        assertThat(canvas.state().selectedConnectionProperty().get()).isEqualTo("c3");
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        assertThat(actions.calls).containsExactly("arrowMenu c3", "arrowMenu c3");
    }
}
