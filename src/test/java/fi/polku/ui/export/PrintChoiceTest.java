package fi.polku.ui.export;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.ui.Messages;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Print… on a machine without a printer: a clear message in the window's language, no crash. */
@ExtendWith(ApplicationExtension.class)
class PrintChoiceTest {
    private Stage owner;
    private final List<String> status = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.owner = stage;
        TestStages.show(stage);
    }

    @Test
    void printingWithNoPrinterSaysSoAndPrintsNothing(FxRobot robot) throws Exception {
        JourneyMap map = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        // A machine without a printer: no default printer, so no printer job (as PrinterJob.createPrinterJob()
        // answers there). The headless test run may or may not see a printer of the machine it runs on.
        Platform.runLater(() -> {
            PrintChoice choice = new PrintChoice(owner, map, status::add);
            choice.jobs = () -> null;
            choice.run();
        });
        DialogPane pane = awaitDialog();
        assertThat(pane.getHeaderText()).isEqualTo(Messages.get("print.noPrinter.header"))
                .isEqualTo("No printer is installed");
        assertThat(pane.getContentText()).contains("export a PDF");
        assertThat(status).containsExactly("No printer is installed");
        // The choice of map or report never opened: there is nothing to print on.
        assertThat(robot.lookup("#print-choice").tryQuery()).isEmpty();
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().getFirst())).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(owner.isShowing()).isTrue();
    }

    private static DialogPane awaitDialog() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            WaitForAsyncUtils.waitForFxEvents();
            Optional<DialogPane> pane = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                    .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .map(w -> (DialogPane) w.getScene().getRoot()).findFirst()).get();
            if (pane.isPresent()) {
                return pane.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no message about the missing printer");
    }
}
