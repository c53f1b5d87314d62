package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.metrics.ChannelScorecard;
import fi.polku.model.JourneyMap;
import fi.polku.ui.analysis.ChannelScorecardView;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
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
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The docked analysis shows the channel scorecard, and each view's picture can be copied as an image. */
@ExtendWith(ApplicationExtension.class)
class AnalysisPicturesInWindowTest {
    @TempDir
    static Path home;
    private MainWindow window;
    private JourneyMap storeBus;

    @Start
    void start(Stage stage) throws Exception {
        storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), storeBus);
    }

    private void showAnalysis(FxRobot robot) {
        robot.clickOn(window.canvas());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDockShowsTheChannelScorecardOfTheMap(FxRobot robot) {
        showAnalysis(robot);
        robot.clickOn("Channel scorecard");
        WaitForAsyncUtils.waitForFxEvents();

        TabPane pane = window.analysisDock().pane();
        assertThat(pane.getSelectionModel().getSelectedItem().getId()).isEqualTo("channels");
        ChannelScorecardView view = window.analysisDock().pane().channels();
        assertThat(view.isVisible()).isTrue();
        assertThat(view.getHeight()).isGreaterThan(100);
        ChannelScorecard card = view.scorecard();
        assertThat(card).isEqualTo(ChannelScorecard.of(storeBus));
        assertThat(card.channels()).extracting(c -> c.lane().name())
                .containsExactly("Verkkosivut ja sähköposti", "Sosiaalinen media", "Bussi", "Myymälä");
        assertThat(card.channels().get(3).score("csat").n()).isEqualTo(176);
    }

    @Test
    void copyAsImagePutsThePictureAtTwiceItsSizeOnTheClipboard(FxRobot robot) {
        showAnalysis(robot);
        robot.clickOn("Channel scorecard");
        robot.interact(() -> Clipboard.getSystemClipboard().clear());

        robot.clickOn(robot.lookup("#copy-picture").match(n -> n.isVisible()
                && n.getScene() != null && isInside(n, window.analysisDock().pane().channels())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<Image> image = new AtomicReference<>();
        robot.interact(() -> image.set(Clipboard.getSystemClipboard().getImage()));
        assertThat(image.get()).isNotNull();
        assertThat(image.get().getWidth()).isEqualTo(2400);
        assertThat(image.get().getHeight()).isEqualTo(1350);
        Label status = robot.lookup("#picture-status").match(n -> isInside(n, window.analysisDock().pane().channels()))
                .queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("Copied the picture (2,400 × 1,350 pixels) to the clipboard.");
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
