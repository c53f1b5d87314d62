package fi.polku.ui;

import fi.polku.ui.canvas.CanvasProbe;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A touchpad pinch on the map zooms around the fingers and the status bar follows. */
@ExtendWith(ApplicationExtension.class)
class PinchZoomTest {
    @TempDir
    static Path home;
    private MainWindow window;
    private CanvasProbe probe;

    @Start
    void start(Stage stage) {
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), TestMaps.storeBus());
        probe = new CanvasProbe(window.canvas());
    }

    private double zoom() {
        return window.canvas().zoomProperty().get();
    }

    private String statusZoom(FxRobot robot) {
        return robot.lookup("#status-zoom").queryAs(Label.class).getText();
    }

    /**
     * Zooms in with Ctrl+plus until the small map overflows the view both ways: a map smaller than the
     * view is held between its margins, which would move it however the zoom was centred.
     */
    private void zoomInUntilTheMapOverflows(FxRobot robot) {
        robot.clickOn(probe.emptyPartOf("s2", "l3"));
        for (int i = 0; i < 8 && !probe.mapOverflowsView(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(probe.mapOverflowsView()).isTrue();
    }

    @Test
    void pinchingOutZoomsInAroundThePointerAndTheStatusBarShowsTheNewZoom(FxRobot robot) {
        zoomInUntilTheMapOverflows(robot);
        double before = zoom();
        assertThat(statusZoom(robot)).isEqualTo(Math.round(before * 100) + " %");
        // Off the view's centre, so that a zoom around the centre (as Ctrl+plus does) would fail.
        Point2D pointer = probe.viewCentre().add(-120, -60);
        Point2D mapPoint = probe.mapPointAt(pointer);

        PlatformInput.pinch(robot, pointer, 1.1, 1.2);

        assertThat(zoom()).isCloseTo(before * 1.32, within(1e-9));
        assertThat(probe.mapPointAt(pointer).distance(mapPoint)).isLessThan(0.5);
        assertThat(statusZoom(robot)).isEqualTo(Math.round(before * 132) + " %");
    }

    @Test
    void pinchingInZoomsOutAroundThePointer(FxRobot robot) {
        zoomInUntilTheMapOverflows(robot);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double before = zoom();
        Point2D pointer = probe.viewCentre().add(100, 40);
        Point2D mapPoint = probe.mapPointAt(pointer);

        PlatformInput.pinch(robot, pointer, 0.95, 0.9);

        assertThat(zoom()).isCloseTo(before * 0.855, within(1e-9));
        assertThat(probe.mapPointAt(pointer).distance(mapPoint)).isLessThan(0.5);
        assertThat(statusZoom(robot)).isEqualTo(Math.round(before * 85.5) + " %");
    }
}
