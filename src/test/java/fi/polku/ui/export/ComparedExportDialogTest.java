package fi.polku.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.io.MapFiles;
import fi.polku.metrics.MapComparison;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File › Export Picture… while comparing: the options carry the compare view and the preview shows it. */
@ExtendWith(ApplicationExtension.class)
class ComparedExportDialogTest {
    @TempDir
    Path folder;
    private Stage owner;

    @Start
    void start(Stage stage) {
        this.owner = stage;
        TestStages.show(stage);
    }

    @Test
    void theComparisonReachesTheOptionsAndThePreview(FxRobot robot) throws Exception {
        JourneyMap before = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        List<Touchpoint> cards = new ArrayList<>(before.touchpoints());
        cards.remove(0);
        JourneyMap after = before.withTouchpoints(cards);
        Preferences preferences = Preferences.userRoot().node("fi/polku/test/cmpx-" + Integer.toHexString(folder.hashCode()));
        AtomicReference<ExportDialog> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(ExportDialog.open(owner, after, null, Set.of(), preferences, line -> { })));
        ExportDialog dialog = opened.get();
        double plain = dialog.picture().height();
        assertThat(dialog.form().options().compare()).isNull();

        robot.interact(() -> dialog.compare(MapComparison.of(before, after), "store-bus.polku.json"));
        assertThat(dialog.form().options().compare().label()).isEqualTo("store-bus.polku.json");
        assertThat(dialog.picture().height()).as("the line saying what is compared").isGreaterThan(plain);

        robot.interact(() -> dialog.compare(null, ""));
        assertThat(dialog.form().options().compare()).isNull();
        assertThat(dialog.picture().height()).isEqualTo(plain);
        robot.interact(() -> dialog.stage().close());
        preferences.removeNode();
    }
}
