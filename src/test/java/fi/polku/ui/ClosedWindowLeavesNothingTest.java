package fi.polku.ui;

import fi.polku.edit.RenameStage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.lang.ref.WeakReference;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A map window that goes away leaves nothing running that holds it: not its autosave timer, its background
 * thread or the language listener. Held windows kept every earlier window test's map, undo history and canvas
 * images alive, three quarters of the test JVM's heap by the end of the window tests.
 */
@ExtendWith(ApplicationExtension.class)
class ClosedWindowLeavesNothingTest {
    @TempDir
    static Path home;

    @Test
    void aHiddenWindowWithUnsavedWorkIsCollected(FxRobot robot) throws Exception {
        WeakReference<MainWindow> gone = openEditAndHide(robot);
        for (int i = 0; i < 50 && gone.get() != null; i++) {
            robot.interact(() -> { });
            System.gc();
            Thread.sleep(20);
        }
        assertThat(gone.get()).as("the hidden window, still reachable").isNull();
    }

    private static WeakReference<MainWindow> openEditAndHide(FxRobot robot) {
        Stage[] stage = new Stage[1];
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            window[0] = WindowTestSupport.open(stage[0], WindowTestSupport.home(home), TestMaps.storeBus());
            window[0].editor().execute(new RenameStage(window[0].document().current().stages().getFirst().id(),
                    "Ennen"));
        });
        assertThat(window[0].document().isDirty()).isTrue();
        robot.interact(() -> stage[0].hide());
        return new WeakReference<>(window[0]);
    }
}
