package fi.polku.ui;

import fi.polku.io.MapFiles;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A start reads its map while the window is built and opens the window with it when it is ready in time. */
@ExtendWith(ApplicationExtension.class)
class StartupReadTest {
    @TempDir
    Path folder;
    private PolkuHome home;
    private Path file;

    @Start
    void start(Stage stage) {
        // Each test opens its own window, as a start does.
    }

    @BeforeEach
    void writeMap() throws Exception {
        home = WindowTestSupport.home(folder.resolve("home"));
        file = folder.resolve("bus.polku.json");
        MapFiles.save(TestMaps.storeBus(), file);
    }

    private static StartupRead readCompletely(Path file) throws Exception {
        StartupRead read = StartupRead.begin(file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> read.readyMap().isPresent() || failed(read));
        return read;
    }

    private static boolean failed(StartupRead read) {
        try {
            read.await();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    /** Clicks a dialog's button once the dialog is on screen (its nodes exist a moment before). */
    private static void clickWhenShown(FxRobot robot, String button) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(button).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(robot.lookup(button).match(NodeQueryUtils.isVisible()).<javafx.scene.Node>query());
    }

    /** Builds a window as the app does, adopts the read before showing it, and shows it. */
    private MainWindow openWith(FxRobot robot, StartupRead read, AtomicBoolean adopted) {
        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            MainWindow w = new MainWindow(new Stage(), home, BlankMap.create(), null);
            adopted.set(w.adoptStartupRead(read));
            w.show();
            window.set(w);
        });
        return window.get();
    }

    @Test
    void aMapReadBeforeTheWindowShowsIsInItsFirstFrameAsAnOpenedFile(FxRobot robot) throws Exception {
        AtomicBoolean adopted = new AtomicBoolean();
        MainWindow window = openWith(robot, readCompletely(file), adopted);

        assertThat(adopted).isTrue();
        assertThat(window.document().current()).isEqualTo(MapFiles.load(file));
        assertThat(window.document().file()).contains(file);
        assertThat(window.document().isDirty()).isFalse();
        assertThat(window.document().canUndoProperty().get()).isFalse();
        assertThat(window.recent().lastFile()).contains(file.toAbsolutePath().normalize());
        assertThat(window.stage().getTitle()).contains("Store customer bus");
    }

    @Test
    void aFileThatCannotBeReadIsReportedWithItsProblemsOnceTheWindowIsThere(FxRobot robot) throws Exception {
        Path broken = folder.resolve("broken.polku.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": 2,\n  \"id\": \"x\",\n  \"stages\": [ { \"name\": 1 } ]\n");
        StartupRead read = readCompletely(broken);
        AtomicBoolean adopted = new AtomicBoolean(true);
        MainWindow window = openWith(robot, read, adopted);
        assertThat(adopted).isFalse();

        Platform.runLater(() -> window.startUpWith(read));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#open-problems").tryQuery().isPresent());
        assertThat(robot.lookup("#open-problems").queryAs(TextArea.class).getText())
                .contains("broken.polku.json:5:1").contains("truncated");
        clickWhenShown(robot, "OK");
        assertThat(window.document().file()).isEmpty();
    }

    @Test
    void aRecoveryCopyIsOfferedBeforeTheReadMapIsOpened(FxRobot robot) throws Exception {
        AtomicReference<MainWindow> crashed = new AtomicReference<>();
        robot.interact(() -> {
            crashed.set(WindowTestSupport.open(new Stage(), home, TestMaps.storeBus()));
            crashed.get().document().replace(TestMaps.storeBus(), file);
            crashed.get().editor().renameTouchpoint("t1", "Bus with catalogue");
        });
        crashed.get().autosave().writeNow().get(10, TimeUnit.SECONDS);
        robot.interact(() -> {
            crashed.get().autosave().stop();
            crashed.get().stage().hide();
        });

        StartupRead read = readCompletely(file);
        AtomicBoolean adopted = new AtomicBoolean(true);
        MainWindow window = openWith(robot, read, adopted);
        assertThat(adopted).isFalse();
        assertThat(window.document().file()).isEmpty();

        Platform.runLater(() -> window.startUpWith(read));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, 
                () -> robot.lookup("Recover").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("Recover");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().touchpoints()).anySatisfy(
                t -> assertThat(t.title()).isEqualTo("Bus with catalogue"));
        assertThat(window.document().isDirty()).isTrue();
    }
}
