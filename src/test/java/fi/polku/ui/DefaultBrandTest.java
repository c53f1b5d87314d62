package fi.polku.ui;

import fi.polku.model.Brand;
import fi.polku.text.Localization;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The brand chosen in Preferences is the one File → New gives a map; a refused accent is not stored. */
@ExtendWith(ApplicationExtension.class)
class DefaultBrandTest {
    @TempDir
    static Path home;
    private MainWindow window;
    private PolkuHome polkuHome;

    @Start
    void start(Stage stage) {
        Localization.setUi(Localization.ENGLISH);
        polkuHome = WindowTestSupport.home(home);
        window = WindowTestSupport.open(stage, polkuHome, TestMaps.storeBus());
    }

    @Test
    void theDefaultChosenInPreferencesGoesToEveryNewMap(FxRobot robot) {
        Platform.runLater(() -> WindowTestSupport.menuItem(robot, "preferences").fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#preferences-brand-accent").write("#FFD700").type(KeyCode.ENTER);
        assertThat(robot.lookup("#preferences-brand-accent-error").queryAs(Label.class).getText())
                .startsWith("contrast 1.");
        robot.doubleClickOn("#preferences-brand-accent").eraseText(7).write("#1B4965").type(KeyCode.ENTER);
        robot.clickOn(Localization.text(Localization.ENGLISH, "dialog.ok"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(BrandSetting.stored(polkuHome)).isEqualTo(new Brand("#1B4965", null));

        assertThat(window.document().current().brand()).isEqualTo(Brand.NONE);
        robot.interact(() -> window.files().newMap());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().current().brand().accent()).isEqualTo("#1B4965");
    }
}
