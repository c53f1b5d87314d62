package fi.polku.ui.analysis;

import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.SegmentedButton;

/**
 * Switches a view's centre between its chart (what is exported) and its table (every number, sortable
 * by eye and copyable); the chart is shown first.
 */
final class ChartOrTable {
    private final ToggleButton chartButton = new ToggleButton(AnalysisText.text("picture.view.chart"));
    private final ToggleButton tableButton = new ToggleButton(AnalysisText.text("picture.view.table"));
    private final SegmentedButton control = new SegmentedButton(chartButton, tableButton);

    /** @param tableOnly nodes shown only with the table (a total line the chart draws itself) */
    ChartOrTable(BorderPane view, Node chart, Node table, Node... tableOnly) {
        chartButton.setId("show-chart");
        tableButton.setId("show-table");
        control.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // One of the two is always shown: a click on the shown one keeps it.
                was.setSelected(true);
                return;
            }
            boolean showsTable = now == tableButton;
            view.setCenter(showsTable ? table : chart);
            for (Node n : tableOnly) {
                n.setVisible(showsTable);
                n.setManaged(showsTable);
            }
        });
        chartButton.setSelected(true);
    }

    SegmentedButton control() {
        return control;
    }

    void showTable() {
        tableButton.setSelected(true);
    }

    void showChart() {
        chartButton.setSelected(true);
    }
}
