package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.layout.Palette;
import fi.polku.layout.ThemeSizes;
import fi.polku.ui.canvas.CanvasProbe;
import fi.polku.ui.theme.ThemeSetting;
import fi.polku.ui.theme.UiTheme;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View → Theme changes the map and the window together: the canvas is read back as pixels and the window
 * as the colours its controls were styled with. Projector mode enlarges the map from its shortcut.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeInWindowTest {
    @TempDir
    static Path home;
    private MainWindow window;
    private PolkuHome polkuHome;

    @Start
    void start(Stage stage) throws Exception {
        polkuHome = WindowTestSupport.home(home);
        window = WindowTestSupport.open(stage, polkuHome, MapFiles.load(Path.of("assets/samples/store-bus.polku.json")));
    }

    @AfterEach
    void backToLight(FxRobot robot) {
        // The user-agent stylesheet is the whole application's: leave it as the next test expects.
        robot.interact(() -> {
            window.themeSetting().themeProperty().set(UiTheme.LIGHT);
            window.themeSetting().projectorProperty().set(false);
        });
    }

    @Test
    void darkAndHighContrastChangeTheCanvasAsWellAsTheWindow(FxRobot robot) {
        Point2D empty = new CanvasProbe(window.canvas()).emptyPartOf("s3", "l1");
        assertThat(colourAt(robot, empty)).isEqualTo(Palette.light().background());
        Color lightWindow = rootBackground(robot);
        assertThat(lightWindow.getBrightness()).isGreaterThan(0.9);

        choose(robot, "themeDark");
        assertThat(colourAt(robot, empty)).isEqualTo(Palette.dark().background());
        assertThat(rootBackground(robot).getBrightness()).as("the window goes dark too").isLessThan(0.25);
        assertThat(themeItem(robot, "themeDark").isSelected()).isTrue();
        assertThat(ThemeSetting.stored(polkuHome.preferences())).isEqualTo(UiTheme.DARK);

        choose(robot, "themeHighContrast");
        assertThat(colourAt(robot, empty)).isEqualTo(Palette.highContrast().background());
        assertThat(themeItem(robot, "themeHighContrast").isSelected()).isTrue();
        assertThat(themeItem(robot, "themeDark").isSelected()).isFalse();
        // The window's own high-contrast layer: the status bar's muted grey text goes black.
        Paint statusText = robot.lookup("#status-file").queryAs(Label.class).getTextFill();
        assertThat(statusText).isEqualTo(Color.BLACK);
        assertThat(window.stage().getScene().getStylesheets()).anyMatch(s -> s.endsWith("high-contrast.css"));

        choose(robot, "themeLight");
        assertThat(colourAt(robot, empty)).isEqualTo(Palette.light().background());
        assertThat(window.stage().getScene().getStylesheets()).noneMatch(s -> s.endsWith("high-contrast.css"));
        assertThat(rootBackground(robot)).isEqualTo(lightWindow);
    }

    @Test
    void projectorModeEnlargesTheMapFromItsShortcutAndIsRemembered(FxRobot robot) {
        double before = window.canvas().themeProperty().get().sizes().titleSize();
        robot.clickOn(window.canvas());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.canvas().themeProperty().get().sizes()).isEqualTo(ThemeSizes.projector());
        assertThat(window.canvas().themeProperty().get().sizes().titleSize()).isGreaterThan(before);
        assertThat(polkuHome.preferences().getBoolean("theme.projector", false)).isTrue();
        assertThat(((javafx.scene.control.CheckMenuItem) WindowTestSupport.menuItem(robot, "projectorMode"))
                .isSelected()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.canvas().themeProperty().get().sizes()).isEqualTo(ThemeSizes.standard());
    }

    @Test
    void thePreferencesOfferTheSameChoicesAndApplyThemOnOk(FxRobot robot) {
        javafx.application.Platform.runLater(() -> WindowTestSupport.menuItem(robot, "preferences").fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#preferences-theme-HIGH_CONTRAST");
        robot.clickOn("#preferences-projector");
        assertThat(window.themeSetting().themeProperty().get()).as("nothing changes before OK").isEqualTo(UiTheme.LIGHT);
        robot.clickOn(fi.polku.text.Localization.text(fi.polku.text.Localization.ENGLISH, "dialog.ok"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.themeSetting().themeProperty().get()).isEqualTo(UiTheme.HIGH_CONTRAST);
        assertThat(window.canvas().themeProperty().get().sizes()).isEqualTo(ThemeSizes.projector());
        assertThat(window.canvas().themeProperty().get().palette()).isEqualTo(Palette.highContrast());
        assertThat(themeItem(robot, "themeHighContrast").isSelected()).isTrue();
    }

    private void choose(FxRobot robot, String actionId) {
        MenuItem item = WindowTestSupport.menuItem(robot, actionId);
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private RadioMenuItem themeItem(FxRobot robot, String actionId) {
        return (RadioMenuItem) WindowTestSupport.menuItem(robot, actionId);
    }

    /** The colour the stylesheet gave the window's root, after a pulse has applied it. */
    private Color rootBackground(FxRobot robot) {
        Color[] out = new Color[1];
        robot.interact(() -> {
            Region root = (Region) window.stage().getScene().getRoot();
            root.applyCss();
            out[0] = (Color) root.getBackground().getFills().getFirst().getFill();
        });
        return out[0];
    }

    /** The colour of the canvas at a screen point, as painted. */
    private int colourAt(FxRobot robot, Point2D screen) {
        int[] argb = new int[1];
        robot.interact(() -> {
            window.canvas().layout();
            WritableImage image = window.canvas().snapshot(null, null);
            Point2D local = window.canvas().screenToLocal(screen);
            argb[0] = image.getPixelReader().getArgb((int) local.getX(), (int) local.getY());
        });
        return argb[0];
    }
}
