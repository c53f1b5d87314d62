package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.model.MetricKind;
import fi.polku.model.Touchpoint;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A custom metric defined in the app (map inspector → Metrics…) is one undo step, can be chosen in the
 * touchpoint's quick entry, appears in the analysis once measured, and is then refused deletion with a reason.
 */
@ExtendWith(ApplicationExtension.class)
class CustomMetricInWindowTest {
    @TempDir
    static Path home;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        JourneyMap storeBus = MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
        window = WindowTestSupport.open(stage, WindowTestSupport.home(home), storeBus);
    }

    private JourneyMap map() {
        return window.document().current();
    }

    private static void set(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    /** The button sits low on the map page: scrolled into view as a user would. */
    private void openMetrics(FxRobot robot) {
        robot.interact(() -> {
            window.inspector().layout();
            window.inspector().setVvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#map-metrics");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMetricDefinedInTheAppIsMeasuredAnalysedAndNotDeletedWhileMeasured(FxRobot robot) {
        int before = map().metrics().size();
        openMetrics(robot);
        WaitForAsyncUtils.waitForFxEvents();

        // A blank name and an upside-down scale are refused with words, and nothing changes.
        set(robot, "#metric-name", " ");
        set(robot, "#metric-min", "7");
        set(robot, "#metric-max", "3");
        robot.clickOn("#metrics-save");
        assertThat(robot.lookup("#metric-problems").queryAs(Label.class).getText())
                .contains("Give the metric a name.").contains("The scale’s minimum (7) must be below its maximum (3).");
        assertThat(map().metrics()).hasSize(before);

        set(robot, "#metric-name", "Greeted within 5 minutes");
        robot.interact(() -> robot.lookup("#metric-kind").queryAs(ChoiceBox.class).setValue(MetricKind.YES_NO));
        assertThat(robot.lookup("#metric-max").queryAs(TextField.class).getText()).isEqualTo("100");
        robot.clickOn("#metrics-save");
        MetricDefinition greeted = map().metrics().getLast();
        assertThat(map().metrics()).hasSize(before + 1);
        assertThat(greeted.name()).isEqualTo("Greeted within 5 minutes");
        assertThat(greeted.id()).isEqualTo("greeted-within-5-minutes");
        assertThat(greeted.kind()).isEqualTo(MetricKind.YES_NO);
        assertThat(window.document().undoTextProperty().get()).isEqualTo("Undo Define metric “Greeted within 5 minutes”");
        DialogPane pane = robot.lookup("#custom-metrics").queryAs(DialogPane.class);
        robot.clickOn(robot.from(pane).lookup(".button").match(b -> "Close".equals(((Button) b).getText())).queryButton());

        Touchpoint card = map().touchpoints().stream().filter(t -> t.importance() != null).findFirst().orElseThrow();
        robot.interact(() -> window.state().selectCards(List.of(card.id())));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<MetricDefinition> quick = robot.lookup("#quick-metric").queryAs(ComboBox.class);
        assertThat(quick.getItems()).contains(greeted);
        robot.interact(() -> quick.setValue(greeted));
        set(robot, "#quick-value", "80");
        set(robot, "#quick-n", "20");
        robot.interact(() -> robot.lookup("#quick-add").queryButton().fire());
        assertThat(map().touchpoint(card.id()).orElseThrow().measurements())
                .anyMatch(m -> m.metric().equals(greeted.id()) && m.value() == 80.0);

        robot.interact(() -> window.analysisDock().shownProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        var analysis = window.analysisDock().pane();
        assertThat(robot.lookup(".combo-box").queryAllAs(ComboBox.class))
                .as("the analysis offers the new metric").anyMatch(c -> c != quick && c.getItems().contains(greeted));
        robot.interact(() -> analysis.matrix().metricIdProperty().set(greeted.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(analysis.matrix().plottedPoints()).anyMatch(p -> p.touchpointId().equals(card.id()));
        assertThat(analysis.ranking().rows()).anyMatch(r -> r.row().touchpoint().id().equals(card.id()));

        // Measured now: the dialog refuses to delete it and says why.
        robot.interact(() -> window.state().clearSelection());
        WaitForAsyncUtils.waitForFxEvents();
        openMetrics(robot);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#metrics-list .list-cell").match(c -> ((javafx.scene.control.ListCell<?>) c)
                .getText() != null && ((javafx.scene.control.ListCell<?>) c).getText().startsWith("Greeted")).queryAs(javafx.scene.Node.class));
        robot.clickOn("#metrics-delete");
        assertThat(robot.lookup("#metrics-status").queryAs(Label.class).getText())
                .startsWith("“Greeted within 5 minutes” cannot be deleted: a measurement uses it");
        assertThat(map().metric(greeted.id())).isPresent();
        DialogPane again = robot.lookup("#custom-metrics").queryAs(DialogPane.class);
        robot.clickOn(robot.from(again).lookup(".button").match(b -> "Close".equals(((Button) b).getText())).queryButton());
    }
}
