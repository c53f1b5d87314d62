package fi.polku.ui.analysis;

import static fi.polku.ui.analysis.AnalysisColumns.column;

import fi.polku.metrics.FeelingGaps;
import fi.polku.model.Feeling;
import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import fi.polku.render.chart.ChartText;
import fi.polku.text.Localization;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

import java.util.List;
import java.util.function.Consumer;

/**
 * Beside the priority ranking: the touchpoints where what customers feel is furthest from the feeling
 * the company aims for (touchpoint, experienced, intended, gap), the largest gap first. Clicking a row
 * selects its card.
 */
public final class FeelingGapsView extends BorderPane implements AnalysisView {
    private final TableView<FeelingGaps.Gap> table = new TableView<>();
    private JourneyMap map;
    private Consumer<String> onClick = id -> { };

    public FeelingGapsView() {
        getStyleClass().add("feeling-gaps-view");
        table.setId("feeling-gaps");
        Label none = new Label(AnalysisText.text("gaps.none"));
        none.setWrapText(true);
        none.setPadding(new Insets(12));
        table.setPlaceholder(none);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("gaps.column.touchpoint", 220, false, g -> g.touchpoint().title()));
        table.getColumns().add(column("gaps.column.experienced", 170, false, g -> feeling(g.experienced(), g.feeling())));
        table.getColumns().add(column("gaps.column.intended", 170, false,
                g -> feeling(g.intended().emotion(), g.intended())));
        TableColumn<FeelingGaps.Gap, String> gap = column("gaps.column.gap", 70, true, g -> signed(g.gap()));
        gap.setStyle("-fx-font-weight: bold;");
        table.getColumns().add(gap);
        table.getColumns().add(column("gaps.column.stage", 160, false, g -> map == null ? ""
                : map.stage(g.touchpoint().stageId()).map(Stage::name).orElse("")));
        table.getColumns().forEach(c -> c.setSortable(false)); // the order is the ranking
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                onClick.accept(now.touchpoint().id());
            }
        });
        Label heading = new Label(AnalysisText.text("gaps.heading"));
        heading.setWrapText(true);
        heading.setPadding(new Insets(8, 12, 4, 12));
        setTop(heading);
        setCenter(table);
    }

    @Override
    public void setMap(JourneyMap newMap) {
        map = newMap;
        List<FeelingGaps.Gap> gaps = newMap == null ? List.of() : FeelingGaps.of(newMap, Localization.ui());
        if (!gaps.equals(table.getItems())) {
            table.getItems().setAll(gaps);
        }
    }

    @Override
    public void setOnTouchpointClicked(Consumer<String> onClick) {
        this.onClick = onClick == null ? id -> { } : onClick;
    }

    /** The rows as shown, the largest gap first. */
    public List<FeelingGaps.Gap> rows() {
        return List.copyOf(table.getItems());
    }

    /** "−2 frustrated", or just "−2" without a named feeling. */
    private static String feeling(double value, Feeling named) {
        return named == null ? signed(value) : AnalysisText.text("gaps.feeling", signed(value), named.name());
    }

    private static String signed(double v) {
        return ChartText.signed(Localization.ui(), v);
    }
}
