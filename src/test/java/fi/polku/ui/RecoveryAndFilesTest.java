package fi.polku.ui;

import fi.polku.model.JourneyMap;
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
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Autosave, recovery after a crash, saving and failed opening, through the real map file codec
 * ({@code fi.polku.io.MapFiles}); these pass once the codec is merged in.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryAndFilesTest {
    @TempDir
    Path folder;
    private PolkuHome home;
    private MainWindow window;
    private Stage stage;
    private Path original;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openWindow(FxRobot robot) {
        home = WindowTestSupport.home(folder.resolve("home"));
        original = folder.resolve("bus.polku.json");
        robot.interact(() -> {
            window = WindowTestSupport.open(stage, home, TestMaps.storeBus());
            window.document().replace(TestMaps.storeBus(), original);
        });
    }

    private long recoveryCopies() throws Exception {
        Path recovery = home.recoveryFolder();
        if (!Files.isDirectory(recovery)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(recovery)) {
            return files.filter(p -> p.toString().endsWith(".polku.json")).count();
        }
    }

    /** Simulates a crash: the window goes away without the close handling that removes its recovery copy. */
    private MainWindow crashAndRestart(FxRobot robot) {
        AtomicReference<MainWindow> next = new AtomicReference<>();
        robot.interact(() -> {
            window.autosave().stop();
            stage.hide();
            next.set(WindowTestSupport.open(new Stage(), home, BlankMap.create()));
        });
        return next.get();
    }

    @Test
    void autosavedWorkIsOfferedAfterACrashAndOpensDirtyForItsFile(FxRobot robot) throws Exception {
        robot.interact(() -> window.editor().renameTouchpoint("t1", "Bus with catalogue"));
        JourneyMap edited = window.document().current();
        window.autosave().writeNow().get(10, TimeUnit.SECONDS);
        assertThat(recoveryCopies()).isEqualTo(1);

        MainWindow restarted = crashAndRestart(robot);
        AtomicReference<Boolean> recovered = new AtomicReference<>();
        Platform.runLater(() -> recovered.set(restarted.offerRecovery()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().contains("Store customer bus") && l.getText().contains(original.toString()))
                .tryQuery()).isPresent();
        robot.clickOn("Recover");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(recovered.get()).isTrue();
        assertThat(restarted.document().current()).isEqualTo(edited);
        assertThat(restarted.document().isDirty()).isTrue();
        assertThat(restarted.document().file()).contains(original);
        assertThat(restarted.stage().getTitle()).startsWith("\u2022 ");
        assertThat(original).doesNotExist();

        robot.interact(() -> restarted.files().save(() -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !restarted.document().isDirty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> recoveryCopies() == 0);
        assertThat(original).exists();
    }

    @Test
    void discardingARecoveryCopyDeletesIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.editor().renameTouchpoint("t1", "Bus with catalogue"));
        window.autosave().writeNow().get(10, TimeUnit.SECONDS);

        MainWindow restarted = crashAndRestart(robot);
        Platform.runLater(restarted::offerRecovery);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(recoveryCopies()).isZero();
        assertThat(restarted.document().isDirty()).isFalse();
    }

    @Test
    void aSavedMapOpensAgainAsItWas(FxRobot robot) throws Exception {
        robot.interact(() -> window.editor().renameTouchpoint("t1", "Bus with catalogue"));
        JourneyMap edited = window.document().current();
        robot.interact(() -> window.files().save(() -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().isDirty());

        robot.interact(() -> window.files().newMap());
        robot.interact(() -> window.files().open(original));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.document().file().isPresent());

        assertThat(window.document().current().touchpoints()).isEqualTo(edited.touchpoints());
        assertThat(window.recent().files()).first().isEqualTo(original.toAbsolutePath().normalize());
    }

    @Test
    void aBrokenFileListsItsProblemsAndKeepsTheOpenMap(FxRobot robot) throws Exception {
        Path broken = folder.resolve("broken.polku.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": 2,\n  \"id\": \"x\",\n  \"stages\": [ { \"name\": 1 } ]\n");
        JourneyMap before = window.document().current();

        robot.interact(() -> window.files().open(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#open-problems").tryQuery().isPresent());

        String problems = robot.lookup("#open-problems").queryAs(TextArea.class).getText();
        assertThat(problems).contains("broken.polku.json");
        robot.clickOn("OK");
        assertThat(window.document().current()).isEqualTo(before);
        assertThat(window.document().file()).contains(original);
    }

    @Test
    void aLaterStartReopensTheLastFileOrTheSampleWhenItIsGone(FxRobot robot) throws Exception {
        fi.polku.io.MapFiles.save(TestMaps.storeBus(), original);
        window.recent().opened(original);

        MainWindow reopened = crashAndRestart(robot);
        robot.interact(() -> reopened.startUp(null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reopened.document().file().isPresent());
        assertThat(reopened.document().current().title()).isEqualTo("Store customer bus");

        Files.delete(original);
        AtomicReference<MainWindow> fresh = new AtomicReference<>();
        robot.interact(() -> {
            reopened.stage().hide();
            fresh.set(WindowTestSupport.open(new Stage(), home, BlankMap.create()));
            fresh.get().startUp(null);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !fresh.get().document().current().title().equals("New journey map"));
        assertThat(fresh.get().document().file()).isEmpty();
        assertThat(fresh.get().document().current().stages()).isNotEmpty();
        assertThat(fresh.get().document().isDirty()).isFalse();
    }
}
