package fi.polku.ui;

import javafx.scene.Parent;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Dialogs open centred on the main window and at their preferred size: the shortcut sheet and Export. */
@ExtendWith(ApplicationExtension.class)
class DialogPlacementTest {
    @TempDir
    static Path home;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        WindowTestSupport.open(stage, WindowTestSupport.home(home), TestMaps.storeBus());
    }

    @Test
    void theShortcutSheetOpensCentredAtItsPreferredHeight(FxRobot robot) throws Exception {
        robot.interact(() -> main.getScene().getRoot().requestFocus());
        robot.type(KeyCode.F1);
        Window sheet = awaitDialog(robot);
        assertCentredOnMain(sheet);
        Parent root = sheet.getScene().getRoot();
        double preferred = root.prefHeight(sheet.getScene().getWidth());
        assertThat(sheet.getScene().getHeight()).isCloseTo(Math.min(preferred, screenHeight()), within(2.0));
        assertThat(sheet.getHeight()).isGreaterThan(300);
        robot.interact(sheet::hide);
    }

    @Test
    void theExportDialogOpensCentredOnTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> main.getScene().getRoot().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        Window export = awaitDialog(robot);
        assertCentredOnMain(export);
        assertThat(export.getScene().getWidth()).isCloseTo(1000, within(1.0));
        robot.interact(export::hide);
    }

    private Window awaitDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.listWindows().stream().anyMatch(w -> w != main && w.isShowing() && w instanceof Stage));
        // The placement settles once the window has its final size.
        Thread.sleep(1800);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listWindows().stream().filter(w -> w != main && w.isShowing() && w instanceof Stage)
                .findFirst().orElseThrow();
    }

    private void assertCentredOnMain(Window dialog) {
        double mainX = main.getX() + main.getWidth() / 2;
        double mainY = main.getY() + main.getHeight() / 2;
        assertThat(dialog.getX() + dialog.getWidth() / 2).isCloseTo(mainX, within(3.0));
        assertThat(dialog.getY() + dialog.getHeight() / 2).isCloseTo(mainY, within(3.0));
        assertThat(dialog.getY()).isGreaterThanOrEqualTo(0);
    }

    private static double screenHeight() {
        return javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
    }
}
