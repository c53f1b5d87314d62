package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.io.survey.SurveyImportOptions;
import fi.polku.io.survey.SurveyImportResult;
import fi.polku.io.survey.SurveyImporter;
import fi.polku.layout.KeyScore;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.ui.analysis.ImportancePerformanceView;
import fi.polku.ui.analysis.SurveyImportCommand;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysis views docked in the window follow imports, undo and clicks like the canvas does. */
@ExtendWith(ApplicationExtension.class)
class AnalysisInWindowTest {
    @TempDir
    static Path home;
    @TempDir
    Path dir;
    private MainWindow window;
    private JourneyMap storeBus;

    @Start
    void start(Stage stage) throws Exception {
        storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), storeBus);
    }

    /** View → Show Analysis through its shortcut, as a user toggles it. */
    private void showAnalysis(FxRobot robot) {
        robot.clickOn(window.canvas());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTestSupport.menuItem(robot, "toggleAnalysis")).isInstanceOfSatisfying(
                javafx.scene.control.CheckMenuItem.class, item -> assertThat(item.isSelected()).isTrue());
    }

    private static Touchpoint titled(JourneyMap map, String title) {
        return map.touchpoints().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void importedAnswersUpdateBadgeAndMatrixAndUndoRemovesThemInOneStep(FxRobot robot) throws Exception {
        showAnalysis(robot);
        ImportancePerformanceView matrix = window.analysisDock().pane().matrix();
        robot.interact(() -> matrix.metricIdProperty().set("csat"));
        WaitForAsyncUtils.waitForFxEvents();
        int pointsBefore = matrix.plottedPoints().size();
        Touchpoint bus = titled(storeBus, "Kuvaston kysyminen kuljettajalta");
        assertThat(matrix.plottedPoints()).noneMatch(p -> p.touchpointId().equals(bus.id()));

        // 40 answers of 5 for a touchpoint that had no CSAT yet: it enters the matrix at 100 %.
        StringBuilder csv = new StringBuilder("touchpoint,metric,value,date\n");
        for (int i = 0; i < 40; i++) {
            csv.append("Kuvaston kysyminen kuljettajalta,csat,5,2026-10-0").append(1 + i % 9).append('\n');
        }
        Path file = dir.resolve("bussi.csv");
        Files.writeString(file, csv);
        SurveyImportResult result = SurveyImporter.importFile(file, SurveyImportOptions.defaults().withMap(storeBus));
        robot.interact(() -> window.editor().execute(SurveyImportCommand.of(storeBus, result, null)));
        WaitForAsyncUtils.waitForFxEvents();

        Touchpoint imported = window.document().current().touchpoint(bus.id()).orElseThrow();
        assertThat(imported.measurements()).anyMatch(m -> m.metric().equals("csat") && m.value() == 100.0
                && m.n() == 40);
        assertThat(KeyScore.of(imported, window.document().current()).orElseThrow()
                .badgeText(fi.polku.text.Localization.ENGLISH))
                .as("the card's badge").contains("CSAT").contains("100");
        assertThat(matrix.plottedPoints()).hasSize(pointsBefore + 1)
                .anyMatch(p -> p.touchpointId().equals(bus.id()));
        assertThat(window.document().isDirty()).isTrue();
        // The step's name comes from edit.properties (step.importAnswers) and "Undo {0}" from ui.properties.
        assertThat(WindowTestSupport.menuItem(robot, "undo").getText()).isEqualTo("Undo Import 40 answers from bussi.csv");

        robot.interact(() -> WindowTestSupport.menuItem(robot, "undo").fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.document().current()).isEqualTo(storeBus);
        assertThat(matrix.plottedPoints()).hasSize(pointsBefore);
        assertThat(KeyScore.of(window.document().current().touchpoint(bus.id()).orElseThrow(),
                window.document().current()).map(k -> k.metric().id())).isEqualTo(
                KeyScore.of(bus, storeBus).map(k -> k.metric().id()));
    }

    @Test
    void clickingAPointInTheMatrixSelectsItsCardOnTheCanvas(FxRobot robot) {
        showAnalysis(robot);
        ImportancePerformanceView matrix = window.analysisDock().pane().matrix();
        robot.interact(() -> matrix.metricIdProperty().set("csat"));
        WaitForAsyncUtils.waitForFxEvents();
        var point = matrix.plottedPoints().getFirst();
        Point2D onScreen = matrix.chartCanvas().localToScreen(point.x(), point.y());

        robot.clickOn(onScreen);

        assertThat(window.state().selection()).containsExactly(point.touchpointId());
    }
}
