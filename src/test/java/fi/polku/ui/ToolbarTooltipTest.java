package fi.polku.ui;

import javafx.scene.control.Button;
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

/** Toolbar buttons get their tooltip, naming the action and its shortcut, when the pointer first comes over. */
@ExtendWith(ApplicationExtension.class)
class ToolbarTooltipTest {
    @TempDir
    static Path home;

    @Start
    void start(Stage stage) {
        WindowTestSupport.open(stage, WindowTestSupport.home(home), TestMaps.storeBus());
    }

    @Test
    void theTooltipIsMadeOnTheFirstHoverAndNamesTheShortcut(FxRobot robot) {
        Button zoomIn = robot.lookup("#tool-zoomIn").queryAs(Button.class);
        assertThat(zoomIn.getTooltip()).isNull();
        robot.moveTo(zoomIn);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zoomIn.getTooltip()).isNotNull();
        assertThat(zoomIn.getTooltip().getText()).startsWith("Zoom In  (").endsWith(")");
    }
}
