package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --sample} and Help → Open Sample Map open the bundled sample as an untitled copy: the map has no
 * file, so Save asks where to keep it and the sample in the source tree is never written, and it does not
 * become a recent file.
 */
@ExtendWith(ApplicationExtension.class)
class SampleCopyTest {
    private static final Path IN_SOURCE_TREE = Path.of("assets/samples/store-bus.polku.json");

    @TempDir
    Path folder;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theSampleOfAStartOpensUntitledAndIsNoRecentFile(FxRobot robot) throws Exception {
        PolkuHome home = WindowTestSupport.home(folder.resolve("home"));
        StartupRead read = StartupRead.beginSample(SampleMaps.DEFAULT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> read.readyMap().isPresent());
        AtomicReference<MainWindow> window = new AtomicReference<>();
        AtomicBoolean adopted = new AtomicBoolean();
        robot.interact(() -> {
            window.set(new MainWindow(stage, home, BlankMap.create(), null));
            adopted.set(window.get().adoptStartupRead(read));
            window.get().show();
        });

        assertThat(adopted).isTrue();
        assertUntitledSample(window.get());
        assertThat(window.get().recent().files()).isEmpty();
    }

    @Test
    void helpOpenSampleOpensAnUntitledCopyWhoseSaveAsksWhere(FxRobot robot) throws Exception {
        PolkuHome home = WindowTestSupport.home(folder.resolve("home"));
        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> window.set(WindowTestSupport.open(stage, home, BlankMap.create())));
        robot.interact(() -> WindowTestSupport.menuItem(robot, "openSample").fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !window.get().document().current().stages().isEmpty()
                        && window.get().document().current().title().equals(sample().title()));
        assertUntitledSample(window.get());
        assertThat(window.get().document().isDirty()).isFalse();
    }

    private static void assertUntitledSample(MainWindow window) throws Exception {
        assertThat(window.document().current()).isEqualTo(sample());
        assertThat(window.document().file()).as("an untitled copy: Save asks where").isEmpty();
    }

    private static JourneyMap sample() throws Exception {
        return MapFiles.load(IN_SOURCE_TREE);
    }
}
