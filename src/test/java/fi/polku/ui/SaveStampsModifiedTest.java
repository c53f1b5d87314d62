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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Every save from the app stamps the map's modified time; its created time stays. */
@ExtendWith(ApplicationExtension.class)
class SaveStampsModifiedTest {
    private static final Instant CREATED = Instant.parse("2026-10-01T08:00:00Z");
    @TempDir
    static Path home;
    @TempDir
    Path files;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), TestMaps.storeBus().withTimestamps(CREATED, CREATED));
    }

    @Test
    void threeSavesChangeModifiedAndKeepCreated(FxRobot robot) throws Exception {
        Instant created = CREATED;
        Path file = files.resolve("bus.polku.json");
        List<Instant> modified = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String title = "Bus " + i;
            robot.interact(() -> window.editor().setMapProperties(m -> m.withTitle(title),
                    fi.polku.text.Text.of("action.rename")));
            robot.interact(() -> window.files().saveTo(file, () -> { }));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().isDirty());
            JourneyMap saved = MapFiles.load(file);
            assertThat(saved.created()).isEqualTo(created);
            modified.add(saved.modified());
            // The file keeps whole seconds, so the next save comes in the next second.
            Thread.sleep(1100);
        }
        assertThat(modified).doesNotHaveDuplicates().isSorted();
        assertThat(modified.getFirst()).isAfter(created);
    }
}
