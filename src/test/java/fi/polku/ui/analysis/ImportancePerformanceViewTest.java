package fi.polku.ui.analysis;

import fi.polku.io.MapFiles;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.Quadrant;
import fi.polku.metrics.TargetStatus;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.render.chart.MatrixChart;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ImportancePerformanceViewTest {
    private ImportancePerformanceView view;
    private final List<String> clicked = new ArrayList<>();
    private JourneyMap storeBus;

    @Start
    void start(Stage stage) throws Exception {
        view = new ImportancePerformanceView();
        storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        view.setOnTouchpointClicked(clicked::add);
        view.setMap(storeBus);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    private List<String> measuredWithImportance(JourneyMap map, String metric) {
        return map.touchpoints().stream()
                .filter(t -> t.importance() != null
                        && t.measurements().stream().anyMatch(m -> metric == null || m.metric().equals(metric)))
                .map(Touchpoint::id).toList();
    }

    @Test
    void byDefaultEveryMeasuredTouchpointSitsOnTheSideOfTheCrosshairItsTargetStatusSays(FxRobot robot) {
        assertThat(view.crosshairProperty().get()).isEqualTo(Crosshair.TARGET);
        assertThat(view.allMetricsProperty().get()).isTrue();
        assertThat(robot.lookup("#crosshair-TARGET").queryAs(ToggleButton.class).isSelected()).isTrue();
        List<ImportancePerformanceView.PlottedPoint> points = view.plottedPoints();
        assertThat(points).extracting(ImportancePerformanceView.PlottedPoint::touchpointId)
                .containsExactlyInAnyOrderElementsOf(measuredWithImportance(storeBus, null));

        MatrixChart.Point crosshair = view.chartPicture().crosshair();
        for (ImportancePerformanceView.PlottedPoint p : points) {
            TargetStatus status = p.row().status();
            String who = p.row().touchpoint().title() + " " + status;
            if (status == TargetStatus.BELOW) {
                assertThat(p.y()).as(who).isGreaterThan(crosshair.y());
                assertThat(p.row().quadrant().performingPoorly()).as(who).isTrue();
            } else {
                assertThat(p.y()).as(who).isLessThanOrEqualTo(crosshair.y());
                assertThat(p.row().quadrant().performingPoorly()).as(who).isFalse();
            }
        }
        ImportancePerformanceView.PlottedPoint schedule = points.stream()
                .filter(p -> p.row().touchpoint().title().equals("Aikataulu verkkosivuilla")).findFirst().orElseThrow();
        assertThat(schedule.row().quadrant()).isEqualTo(Quadrant.CONCENTRATE_HERE);
        assertThat(schedule.x()).isGreaterThan(crosshair.x());
    }

    @Test
    void clickingAPointReportsIt(FxRobot robot) {
        ImportancePerformanceView.PlottedPoint target = view.plottedPoints().get(1);
        Point2D onScreen = view.chartCanvas().localToScreen(target.x(), target.y());
        robot.clickOn(onScreen);

        assertThat(clicked).containsExactly(target.touchpointId());
    }

    @Test
    void oneMetricPlotsThatMetricsTouchpoints(FxRobot robot) {
        robot.clickOn("#matrix-scope-one");
        robot.interact(() -> view.metricIdProperty().set("nps"));

        assertThat(view.allMetricsProperty().get()).isFalse();
        assertThat(view.plottedPoints()).extracting(ImportancePerformanceView.PlottedPoint::touchpointId)
                .containsExactlyInAnyOrderElementsOf(measuredWithImportance(storeBus, "nps"));
    }

    @Test
    void theCrosshairToggleMovesTheQuadrantBoundary(FxRobot robot) {
        // The bus ride's NPS (performance 56.25) is under the mean of the two NPS points but over 50.
        robot.clickOn("#matrix-scope-one");
        robot.interact(() -> view.metricIdProperty().set("nps"));
        robot.clickOn("#crosshair-DATA_MEANS");
        assertThat(quadrantOf("t5")).isEqualTo(Quadrant.CONCENTRATE_HERE);

        robot.clickOn("#crosshair-SCALE_MIDPOINTS");

        assertThat(view.crosshairProperty().get()).isEqualTo(Crosshair.SCALE_MIDPOINTS);
        assertThat(quadrantOf("t5")).isEqualTo(Quadrant.KEEP_UP_THE_GOOD_WORK);
    }

    @Test
    void twoHundredPointsAreAllPlottedInsideTheChart(FxRobot robot) {
        JourneyMap big = MapGeneratorMaps.withImportanceAndCsat(200);
        robot.interact(() -> view.setMap(big));

        List<ImportancePerformanceView.PlottedPoint> points = view.plottedPoints();
        assertThat(points).hasSize(200);
        double w = view.chartCanvas().getWidth();
        double h = view.chartCanvas().getHeight();
        assertThat(points).allMatch(p -> p.x() > 0 && p.x() < w && p.y() > 0 && p.y() < h);
    }

    private Quadrant quadrantOf(String id) {
        return view.plottedPoints().stream().filter(p -> p.touchpointId().equals(id)).findFirst().orElseThrow()
                .row().quadrant();
    }
}
