package fi.polku.ui;

import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Export… and Edit → Copy as Image are in the menus with their shortcuts and act on the open map. */
@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {
    @TempDir
    static Path home;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), TestMaps.storeBus());
    }

    @Test
    void ctrlEOpensTheExportDialogOverTheWindow(FxRobot robot) {
        assertThat(WindowTestSupport.menuItem(robot, "export").getText()).isEqualTo("Export\u2026");
        robot.clickOn("#main-window").push(KeyCode.SHORTCUT, KeyCode.E);
        Window dialog = Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().getId() != null
                        && w.getScene().getRoot().getId().equals("export-dialog"))
                .findFirst().orElseThrow(() -> new AssertionError("no export dialog"));
        assertThat(dialog.isShowing()).isTrue();
        assertThat(((Stage) dialog).getOwner()).isSameAs(window.stage());
        robot.interact(dialog::hide);
    }

    @Test
    void copyAsImageCopiesTheSelectionAndSaysSo(FxRobot robot) {
        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            window.state().selection().add("t1");
            WindowTestSupport.menuItem(robot, "copyAsImage").fire();
        });
        AtomicReference<javafx.scene.image.Image> image = new AtomicReference<>();
        robot.interact(() -> image.set(Clipboard.getSystemClipboard().getImage()));
        assertThat(image.get()).isNotNull();
        assertThat(robot.lookup("#status-message").queryLabeled().getText())
                .contains((int) image.get().getWidth() + " \u00d7 " + (int) image.get().getHeight());
    }
}
