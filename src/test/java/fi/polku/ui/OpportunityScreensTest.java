package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.text.Localization;
import javafx.scene.Node;
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
 * The store bus's opportunity page and its value on the canvas in an English and a Finnish window, kept
 * as pictures in target/ for a person to look at; the page speaks the window's language throughout.
 */
@ExtendWith(ApplicationExtension.class)
class OpportunityScreensTest {
    @TempDir
    static Path home;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home),
                MapFiles.load(Path.of("assets/samples/store-bus.polku.json")));
    }

    @AfterEach
    void english() throws Exception {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Localization.setUi(Localization.ENGLISH)));
    }

    @Test
    void theOpportunityPageInEnglishAndFinnish(FxRobot robot) throws Exception {
        robot.interact(() -> window.canvas().fitToWindow());
        robot.interact(() -> window.state().selectOpportunity("o1"));
        robot.clickOn("#opportunity-link");
        WaitForAsyncUtils.waitForFxEvents();
        Node root = window.canvas().getScene().getRoot();
        snapshot(robot, root, "opportunity-en.png");
        assertThat(robot.lookup("#opportunity-yearly").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("€468,000 a year");

        robot.interact(() -> Localization.setUi(Localization.FINNISH));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.canvas().picking().end());
        robot.interact(() -> window.state().selectOpportunity("o1"));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, window.canvas().getScene().getRoot(), "opportunity-fi.png");
        assertThat(robot.lookup("#opportunity-yearly").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("468\u00a0000\u00a0€ vuodessa");
        assertThat(robot.lookup("#opportunity-formula").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("40 × 12,5\u00a0% × 20\u00a0€ × 13 × 360 = 468\u00a0000\u00a0€");
    }

    /** Keeps a picture of a node in target/ for a person to look at. */
    static void snapshot(FxRobot robot, Node node, String name) throws Exception {
        var image = new java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage>();
        robot.interact(() -> image.set(node.snapshot(null, null)));
        var pixels = image.get().getPixelReader();
        int w = (int) image.get().getWidth();
        int h = (int) image.get().getHeight();
        var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(out, "png", Path.of("target", name).toFile());
    }
}
