package fi.polku.ui;

import fi.polku.text.Localization;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Export Report… sits under Export… in the File menu and is named in both languages. */
@ExtendWith(ApplicationExtension.class)
class ReportActionTest {
    @TempDir
    static Path home;

    @Start
    void start(Stage stage) {
        WindowTestSupport.open(stage, WindowTestSupport.home(home), TestMaps.storeBus());
    }

    @Test
    void exportReportFollowsExportInTheFileMenu(FxRobot robot) {
        MenuItem item = WindowTestSupport.menuItem(robot, "exportReport");
        assertThat(item.getText()).isEqualTo("Export Report…");
        List<MenuItem> file = item.getParentMenu().getItems();
        assertThat(file.indexOf(item)).isEqualTo(file.indexOf(WindowTestSupport.menuItem(robot, "export")) + 1);
        assertThat(item.isDisable()).isFalse();
        assertThat(Localization.text(Localization.FINNISH, "action.exportReport")).isEqualTo("Vie raportti…");
    }
}
