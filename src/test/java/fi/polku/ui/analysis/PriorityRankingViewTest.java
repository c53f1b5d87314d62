package fi.polku.ui.analysis;

import fi.polku.io.MapFiles;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.JourneyMap;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class PriorityRankingViewTest {
    private PriorityRankingView view;
    private final List<String> clicked = new ArrayList<>();
    private JourneyMap dealership;

    @Start
    void start(Stage stage) throws Exception {
        view = new PriorityRankingView();
        dealership = MapFiles.load(Path.of("assets/samples/car-dealership.polku.json"));
        view.setOnTouchpointClicked(clicked::add);
        view.setMap(dealership);
        view.metricIdProperty().set("havainto");
        stage.setScene(new Scene(view, 1200, 500));
        stage.show();
    }

    @Test
    void theFirstRowIsTheHighestPriority() {
        TouchpointRow highest = TouchpointAnalysis.of(dealership, "havainto", Crosshair.DATA_MEANS).rows().stream()
                .filter(r -> r.priority() != null)
                .max(Comparator.comparingDouble(TouchpointRow::priority)).orElseThrow();

        PriorityRankingView.RankedRow first = view.rows().getFirst();
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.row().touchpoint().id()).isEqualTo(highest.touchpoint().id());
        List<Double> priorities = view.rows().stream().map(r -> r.row().priority()).filter(Objects::nonNull).toList();
        assertThat(priorities).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void theTableCopiesAsTabSeparatedTextWithTheSumsSpelledOut() {
        String[] lines = view.toTsv().split("\n");

        assertThat(lines[0].split("\t")).contains("#", "Touchpoint", "Importance", "Gap", "Priority", "n");
        TouchpointRow first = view.rows().getFirst().row();
        assertThat(lines[1].split("\t")).contains("1", first.touchpoint().title(), first.explainPriority().toString(),
                Integer.toString(first.measurement().n()));
        assertThat(lines).hasSize(view.rows().size() + 1);
    }

    @Test
    void clickingARowReportsItsTouchpoint(FxRobot robot) {
        robot.interact(view::showTable);
        @SuppressWarnings("unchecked")
        TableRow<PriorityRankingView.RankedRow> second = robot.lookup(".table-row-cell").nth(1).queryAs(TableRow.class);

        robot.clickOn(second);

        assertThat(clicked).containsExactly(view.rows().get(1).row().touchpoint().id());
    }
}
