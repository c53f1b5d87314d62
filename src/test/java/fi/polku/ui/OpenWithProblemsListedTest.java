package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.io.Problem;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file with one value out of scale (an importance of 7) is offered "open with problems listed": the map
 * opens mended and unsaved, a panel lists the located problem and selects its card, and the file is untouched.
 */
@ExtendWith(ApplicationExtension.class)
class OpenWithProblemsListedTest {
    @TempDir
    Path folder;
    private MainWindow window;
    private Stage stage;
    private Locale before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openWindow(FxRobot robot) {
        before = Localization.ui();
        PolkuHome home = WindowTestSupport.home(folder.resolve("home"));
        robot.interact(() -> window = WindowTestSupport.open(stage, home, BlankMap.create()));
    }

    @AfterEach
    void restoreLanguage(FxRobot robot) {
        robot.interact(() -> Localization.setUi(before));
    }

    @Test
    void anImportanceOfSevenOpensWithItsProblemListed(FxRobot robot) throws Exception {
        check(robot, Localization.ENGLISH, "Open with Problems Listed", "importance 7 is outside 1–5");
    }

    @Test
    void inFinnishToo(FxRobot robot) throws Exception {
        check(robot, Localization.FINNISH, "Avaa ja luettele ongelmat", "tärkeys 7");
    }

    private void check(FxRobot robot, Locale language, String button, String words) throws Exception {
        robot.interact(() -> Localization.setUi(language));
        Path file = folder.resolve("bus.polku.json");
        MapFiles.save(TestMaps.storeBus(), file);
        String text = Files.readString(file).replaceFirst("\"importance\": [0-9.]+", "\"importance\": 7");
        assertThat(text).contains("\"importance\": 7");
        Files.writeString(file, text);
        byte[] onDisk = Files.readAllBytes(file);

        robot.interact(() -> window.files().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#offer-repair").tryQuery().isPresent());
        // Fired rather than clicked: where a dialog first opens is another change's business (centring).
        javafx.scene.control.Button open = robot.lookup("#offer-repair .button").queryAllAs(
                javafx.scene.control.Button.class).stream().filter(b -> button.equals(b.getText())).findFirst()
                .orElseThrow();
        robot.interact(open::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problems-list").tryQuery().isPresent());

        assertThat(window.document().isDirty()).isTrue();
        assertThat(window.document().file()).contains(file);
        ListView<Problem> list = robot.lookup("#problems-list").queryListView();
        assertThat(list.getItems()).hasSize(1);
        Problem problem = list.getItems().getFirst();
        String line = problem.in(language);
        assertThat(line).startsWith(file + ":").contains(words);
        assertThat(problem.line()).isPositive();
        Touchpoint card = window.document().current().touchpoints().stream()
                .filter(t -> t.importance() != null && t.importance() == 5.0).findFirst().orElseThrow();
        assertThat(line).contains(card.title());

        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.state().selection()).containsExactly(ProblemsPanel.cardOf(problem,
                window.document().current()).orElseThrow());
        assertThat(Files.readAllBytes(file)).isEqualTo(onDisk);
        snapshot(robot, "problems-panel-" + language.getLanguage() + ".png");
    }

    /** Keeps a picture of the panel in target/ for a person to look at. */
    private static void snapshot(FxRobot robot, String name) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        Node panel = robot.lookup("#problems-panel").query();
        robot.interact(() -> image.set(panel.getScene().snapshot(null)));
        PixelReader pixels = image.get().getPixelReader();
        int w = (int) image.get().getWidth();
        int h = (int) image.get().getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", Path.of("target", name).toFile());
    }
}
