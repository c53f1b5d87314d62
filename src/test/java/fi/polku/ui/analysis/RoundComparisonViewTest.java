package fi.polku.ui.analysis;

import fi.polku.metrics.ChangeVerdict;
import fi.polku.metrics.MetricChange;
import fi.polku.model.JourneyMap;
import fi.polku.testing.TwoRoundSample;
import fi.polku.text.Localization;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class RoundComparisonViewTest {
    private RoundComparisonView view;
    private final List<String> clicked = new ArrayList<>();
    private final Locale previous = Localization.ui();

    @AfterEach
    void restoreLanguage() {
        Localization.setUi(previous);
    }

    @Start
    void start(Stage stage) {
        Localization.setUi(Localization.ENGLISH);
        JourneyMap map = TwoRoundSample.map();
        view = new RoundComparisonView();
        view.setOnTouchpointClicked(clicked::add);
        view.setMap(map);
        stage.setScene(new Scene(view, 1300, 600));
        stage.show();
    }

    private void waitForComparison() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.comparison() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheTwoLatestRoundsAndShowsVerdictsInWords(FxRobot robot) throws Exception {
        waitForComparison();
        assertThat(view.comparison().a().name()).isEqualTo(TwoRoundSample.AUTUMN);
        assertThat(view.comparison().b().name()).isEqualTo(TwoRoundSample.SPRING);
        MetricChange testDrive = view.table().getItems().stream()
                .filter(c -> c.touchpoint().id().equals("t9") && c.metric().id().equals("csat")).findFirst().orElseThrow();
        assertThat(testDrive.verdict()).isEqualTo(ChangeVerdict.IMPROVED);
        // The verdict cell says it in a word and a shape, and colours it by its class.
        Node cell = robot.lookup(".verdict-improved").query();
        assertThat(((javafx.scene.control.Labeled) cell).getText()).isEqualTo("▲ Improved");
        assertThat(robot.lookup(".verdict-no-clear-change").queryAll()).isNotEmpty();
        // Journey score of both rounds and the ranking beside the table.
        assertThat(view.scores().shown()).isNotNull();
    }

    @Test
    void aTypedDateRangeIsARoundAndAnUnknownNameIsSaid(FxRobot robot) throws Exception {
        waitForComparison();
        robot.interact(() -> view.chooseRounds("2026-01-01..2026-12-31", "2027-01-01.."));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.comparison() != null
                && view.comparison().a().isDateRange());
        assertThat(view.comparison().clearChanges()).extracting(c -> c.touchpoint().id()).contains("t9", "t17");
        robot.interact(() -> view.chooseRounds("Talvi", TwoRoundSample.SPRING));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.comparison()).isNull();
        assertThat(((javafx.scene.control.Label) view.table().getPlaceholder()).getText())
                .contains("no round \"Talvi\"");
    }

    @Test
    void clickingARowSelectsItsTouchpoint(FxRobot robot) throws Exception {
        waitForComparison();
        Node row = robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() != null
                && r.getItem() instanceof MetricChange c && c.touchpoint().id().equals("t9")).query();
        robot.clickOn(row);
        assertThat(clicked).contains("t9");
    }
}
