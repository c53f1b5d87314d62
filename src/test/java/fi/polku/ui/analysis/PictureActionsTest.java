package fi.polku.ui.analysis;

import fi.polku.export.ExportFormat;
import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.render.chart.ChartStyle;
import fi.polku.render.chart.ScoreChart;
import fi.polku.text.Localization;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An analysis view's picture leaves the app: from its context menu, and saved to a file off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class PictureActionsTest {
    @TempDir
    Path dir;
    private JourneyScoreView view;
    private JourneyMap storeBus;

    @Start
    void start(Stage stage) throws Exception {
        storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        view = new JourneyScoreView();
        view.setMap(storeBus);
        stage.setScene(new Scene(view, 1000, 560));
        stage.show();
    }

    @Test
    void theChartsContextMenuOffersCopyAndExport(FxRobot robot) {
        // Headless Monocle does not turn a right click into a context-menu request; send the platform's event.
        javafx.scene.Node canvas = robot.lookup(".picture-canvas").query();
        javafx.geometry.Point2D at = canvas.localToScreen(200, 200);
        robot.interact(() -> javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 200, 200, at.getX(), at.getY(), false,
                null)));

        javafx.scene.control.ContextMenu menu = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu c && c.isShowing()
                        && "picture-menu".equals(c.getId()))
                .map(w -> (javafx.scene.control.ContextMenu) w).findFirst().orElseThrow();
        assertThat(menu.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .containsExactly("Copy as Image", "Export Picture…");
        robot.interact(menu::hide);
    }

    @Test
    void exportPictureWritesAPdfWithSelectableTextOffTheFxThread(FxRobot robot) throws Exception {
        Path target = dir.resolve("kokonaistulos.pdf");
        ScoreChart chart = ScoreChart.of(storeBus, "csat", null, Localization.FINNISH, ChartStyle.WIDTH,
                ChartStyle.HEIGHT);

        robot.interact(() -> view.pictureActions().write(chart, ExportFormat.PDF, target));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> view.pictureActions().status().getText().startsWith("Saved"));

        assertThat(view.pictureActions().status().getText()).isEqualTo("Saved kokonaistulos.pdf.");
        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Kokonaistulos: CSAT", "Koko polku", "77,2");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
