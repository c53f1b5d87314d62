package fi.polku.ui.export;

import fi.polku.export.ExportFormat;
import fi.polku.export.ExportTable;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** In the Export dialog a CSV file can hold the opportunities or the analysis instead of the touchpoints. */
@ExtendWith(ApplicationExtension.class)
class CsvTableChoiceTest {
    @TempDir
    Path folder;
    private Stage owner;
    private JourneyMap map;
    private Preferences preferences;

    @Start
    void start(Stage stage) {
        this.owner = stage;
        TestStages.show(stage);
    }

    @BeforeEach
    void loadSample() throws Exception {
        map = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        preferences = Preferences.userRoot().node("fi/polku/test/csv-table-" + Integer.toHexString(folder.hashCode()));
    }

    @Test
    void theChosenTableIsPreviewedAndWritten(FxRobot robot) throws Exception {
        AtomicReference<ExportDialog> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(ExportDialog.open(owner, map, null, Set.of(), preferences, line -> { })));
        ExportDialog dialog = opened.get();
        assertThat(dialog.form().table.isDisabled()).as("only for CSV").isTrue();
        robot.interact(() -> dialog.form().format.setValue(ExportFormat.CSV));
        assertThat(dialog.form().table.isDisabled()).isFalse();
        assertThat(dialog.form().table.getConverter().toString(ExportTable.OPPORTUNITIES))
                .isEqualTo("Opportunities and their value");
        robot.interact(() -> dialog.form().table.setValue(ExportTable.OPPORTUNITIES));
        // The preview shows the file as it will be written, in the map's language (Finnish).
        assertThat(dialog.preview().tableText().lines().findFirst().orElseThrow())
                .startsWith("Tunnus | Mahdollisuus | Kosketuspisteet");
        assertThat(robot.lookup("#export-size").queryLabeled().getText()).contains("3 rows");
        Path csv = folder.resolve("mahdollisuudet.csv");
        robot.interact(() -> dialog.exportTo(csv));
        dialog.worker().join(TimeUnit.SECONDS.toMillis(60));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("Mahdollisuus", ",468000,");
        preferences.removeNode();
    }
}
