package fi.polku.ui.analysis;

import static fi.polku.ui.analysis.AnalysisColumns.column;

import fi.polku.metrics.Crosshair;
import fi.polku.metrics.MetricResult;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.MetricDefinition;
import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import fi.polku.render.chart.ChartStyle;
import fi.polku.render.chart.RankingChart;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import fi.polku.ui.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The touchpoints of one metric ranked by priority (importance × gap to target): as a chart of the top
 * priorities (the picture that is copied and exported), or as a table with every number that goes into
 * it, so that a consultant can explain the order to a client; the table copies as TSV for a spreadsheet.
 * Touchpoints at or above target follow the ranked ones, unranked.
 */
public final class PriorityRankingView extends MetricAnalysisView {
    /** One line of the table: the analysis row and its rank (0 when not ranked). */
    public record RankedRow(int rank, TouchpointRow row, String stageName) {
    }

    private final TableView<RankedRow> table = new TableView<>();
    private final Label note = new Label(AnalysisText.text("ranking.note"));
    private final Label status = new Label();
    private final PictureCanvas chart = new PictureCanvas((w, h) -> picture(this.selected, w, h));
    private final PictureActions actions;
    private final ChartOrTable chartOrTable;
    private MetricDefinition metric;
    private String selected;

    public PriorityRankingView() {
        getStyleClass().add("priority-ranking-view");
        Button copy = new Button(AnalysisText.text("ranking.copy"));
        copy.setId("copy-ranking");
        copy.setOnAction(e -> copyToClipboard());
        actions = PictureActions.attach(chart, () -> picture(null, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        chart.setOnTouchpoint(id -> onClick.accept(id));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        chartOrTable = new ChartOrTable(this, chart.scrolling(), table, copy);
        HBox bar = new HBox(8, metricChooser, chartOrTable.control(), spacer, status, copy, actions.toolbar());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        setTop(bar);
        buildColumns();
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(v -> {
            TableRow<RankedRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    onClick.accept(row.getItem().row().touchpoint().id());
                }
            });
            return row;
        });
        note.setWrapText(true);
        note.getStyleClass().add("chart-note");
        VBox bottom = new VBox(note);
        bottom.setPadding(new Insets(6, 12, 8, 12));
        setBottom(bottom);
        // The chart says the same in its own notes.
        bottom.visibleProperty().bind(copy.visibleProperty());
        bottom.managedProperty().bind(copy.managedProperty());
    }

    private RankingChart picture(String highlight, double width, double height) {
        JourneyMap shown = map == null ? JourneyMap.empty("none", "") : map;
        return RankingChart.of(shown, metricChooser.metricIdProperty().get(), RankingChart.DEFAULT_TOP, highlight,
                ChartLanguage.of(shown), width, height);
    }

    /** Shows the table with every number instead of the chart. */
    public void showTable() {
        chartOrTable.showTable();
    }

    /** Marks the touchpoint selected on the canvas in the chart; null for none. */
    public void setSelectedTouchpoint(String touchpointId) {
        selected = touchpointId;
        chart.redraw();
    }

    public PictureActions pictureActions() {
        return actions;
    }

    /** The ranking's story first (rank, touchpoint, importance × gap = priority, status, n), then the inputs. */
    private void buildColumns() {
        table.getColumns().add(column("ranking.column.rank", 40, true, r -> r.rank() == 0
                ? AnalysisText.text("ranking.unranked") : Integer.toString(r.rank())));
        table.getColumns().add(column("ranking.column.touchpoint", 240, false, r -> r.row().touchpoint().title()));
        table.getColumns().add(column("ranking.column.importance", 110, true,
                r -> AnalysisText.number(r.row().importance())));
        table.getColumns().add(column("ranking.column.gap", 60, true, r -> AnalysisText.number(r.row().gap())));
        TableColumn<RankedRow, String> priority = column("ranking.column.priority", 80, true,
                r -> AnalysisText.number(r.row().priority()));
        priority.setStyle("-fx-font-weight: bold;");
        table.getColumns().add(priority);
        table.getColumns().add(column("ranking.column.explanation", 240, false, r -> AnalysisText.of(r.row().explainPriority())));
        table.getColumns().add(column("ranking.column.status", 115, false, r -> AnalysisText.of(r.row().status())));
        table.getColumns().add(column("ranking.column.n", 60, true, r -> r.row().measurement().n() == null ? "?"
                : Formats.count(Localization.ui(), r.row().measurement().n())));
        TableColumn<RankedRow, String> small = column("ranking.column.small", 130, false, r -> small(r.row())
                ? AnalysisText.text("ranking.small", MetricResult.SMALL_SAMPLE) : "");
        small.getStyleClass().add("caution-text");
        table.getColumns().add(small);
        table.getColumns().add(column("ranking.column.performance", 120, true,
                r -> AnalysisText.number(r.row().performance())));
        table.getColumns().add(column("ranking.column.targetScore", 130, true,
                r -> r.row().target() == null ? "–" : AnalysisText.number(metric.normalise(r.row().target()))));
        table.getColumns().add(column("ranking.column.value", 90, true,
                r -> AnalysisText.value(metric, r.row().measurement().value()) + AnalysisText.unit(metric)));
        table.getColumns().add(column("ranking.column.stage", 160, false, RankedRow::stageName));
        table.getColumns().forEach(c -> c.setSortable(false)); // the order is the ranking
    }

    private static boolean small(TouchpointRow r) {
        Integer n = r.measurement().n();
        return n != null && n < MetricResult.SMALL_SAMPLE;
    }

    /** The rows as shown, highest priority first. */
    public List<RankedRow> rows() {
        return List.copyOf(table.getItems());
    }

    public TableView<RankedRow> table() {
        return table;
    }

    @Override
    protected void refresh() {
        String metricId = metricChooser.metricIdProperty().get();
        metric = map == null || metricId == null ? null : map.metric(metricId).orElse(null);
        chart.redraw();
        if (metric == null) {
            table.getItems().clear();
            status.setText("");
            return;
        }
        // Quadrants play no part in the ranking; the crosshair choice does not matter here.
        TouchpointAnalysis analysis = TouchpointAnalysis.of(map, metric.id(), Crosshair.SCALE_MIDPOINTS);
        List<RankedRow> rows = new ArrayList<>();
        List<TouchpointRow> ranked = analysis.priorityRanking();
        for (int i = 0; i < ranked.size(); i++) {
            rows.add(new RankedRow(i + 1, ranked.get(i), stageName(ranked.get(i))));
        }
        for (TouchpointRow r : analysis.rows()) {
            if (r.measurement() != null && !ranked.contains(r)) {
                rows.add(new RankedRow(0, r, stageName(r)));
            }
        }
        table.getItems().setAll(rows);
        table.setPlaceholder(new Label(AnalysisText.text("ranking.empty", Messages.metricName(metric))));
        status.setText("");
    }

    private String stageName(TouchpointRow r) {
        return map.stage(r.touchpoint().stageId()).map(Stage::name).orElse("");
    }

    /** The table as tab-separated text with a header line, as spreadsheets paste it. */
    public String toTsv() {
        StringBuilder out = new StringBuilder();
        List<TableColumn<RankedRow, ?>> columns = table.getColumns();
        for (int c = 0; c < columns.size(); c++) {
            out.append(c > 0 ? "\t" : "").append(tsvCell(columns.get(c).getText()));
        }
        out.append('\n');
        for (RankedRow r : table.getItems()) {
            for (int c = 0; c < columns.size(); c++) {
                Object v = columns.get(c).getCellData(r);
                out.append(c > 0 ? "\t" : "").append(tsvCell(v == null ? "" : v.toString()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String tsvCell(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    private void copyToClipboard() {
        ClipboardContent content = new ClipboardContent();
        content.putString(toTsv());
        Clipboard.getSystemClipboard().setContent(content);
        status.setText(AnalysisText.text("ranking.copied", table.getItems().size()));
    }
}
