package fi.polku.ui.analysis;

import fi.polku.io.MapFiles;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.EmotionCurve;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.model.JourneyMap;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class AnalysisPaneTest {
    private AnalysisPane pane;
    private JourneyMap storeBus;
    private final List<String> clicked = new ArrayList<>();

    private final Locale previous = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(previous);
    }

    @Start
    void start(Stage stage) throws Exception {
        // The formula is checked as an English-speaking user sees it: "€468,000".
        Locale.setDefault(Locale.UK);
        storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        pane = new AnalysisPane();
        pane.setOnTouchpointClicked(clicked::add);
        pane.setMap(storeBus);
        stage.setScene(new Scene(pane, 1100, 700));
        stage.show();
    }

    @Test
    void choosingAMetricInOneViewChoosesItInAll(FxRobot robot) {
        robot.interact(() -> pane.ranking().metricIdProperty().set("nps"));

        assertThat(pane.matrix().metricIdProperty().get()).isEqualTo("nps");
        assertThat(pane.journeyScore().metricIdProperty().get()).isEqualTo("nps");
        assertThat(pane.journeyScore().score())
                .isEqualTo(TouchpointAnalysis.of(storeBus, "nps", Crosshair.DATA_MEANS).journeyScore());
    }

    @Test
    void theStoreBusOpportunityIsWorth468000EurosAYearWithItsFormula() {
        var first = pane.opportunities().rows().getFirst();

        assertThat(first.yearlyValue()).isEqualTo(468_000.0);
        assertThat(OpportunityValueView.formula(first))
                .isEqualTo("40 customers × 12.5% × €20 × 13 a day × 360 days = €468,000");
    }

    @Test
    void theEmotionCurveMarksPeakAndEndAndClickingAPointSelectsIt(FxRobot robot) {
        robot.clickOn("Emotion curve");
        EmotionCurve curve = EmotionCurve.of(storeBus);
        var chart = pane.emotion().chart();
        var peak = chart.drawn().stream().filter(d -> d.point() == chart.curve().peak()).findFirst().orElseThrow();
        assertThat(chart.curve().peak().touchpoint().id()).isEqualTo(curve.peak().touchpoint().id());
        assertThat(chart.curve().end().touchpoint().id()).isEqualTo(curve.end().touchpoint().id());

        var canvas = robot.lookup(".picture-canvas").match(n -> n.isVisible() && n.getScene() != null
                && n.localToScreen(0, 0) != null && inside(n, pane.emotion())).<javafx.scene.Node>query();
        robot.clickOn(canvas.localToScreen(peak.x(), peak.y()));

        assertThat(clicked).containsExactly(curve.peak().touchpoint().id());
    }

    private static boolean inside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aMapWithoutMeasurementsShowsEmptyViewsInsteadOfFailing(FxRobot robot) {
        robot.interact(() -> pane.setMap(JourneyMap.empty("m", "Empty")));

        assertThat(pane.matrix().plottedPoints()).isEmpty();
        assertThat(pane.ranking().rows()).isEmpty();
        assertThat(pane.opportunities().rows()).isEmpty();
        assertThat(pane.emotion().curve().points()).isEmpty();
        assertThat(pane.channels().scorecard().channels()).isEmpty();
    }
}
