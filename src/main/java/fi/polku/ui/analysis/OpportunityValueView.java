package fi.polku.ui.analysis;

import fi.polku.metrics.OpportunityRanking;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.render.chart.ChartStyle;
import fi.polku.render.chart.OpportunityChart;
import fi.polku.text.Localization;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The map's opportunities ranked by estimated yearly value, each with its formula written out
 * (customers × share converting × value × times a day × days), e.g. the store bus's €468,000: as a chart
 * (the picture that is copied and exported) or as a table with their touchpoints. Clicking an
 * opportunity opens it in the inspector (or, where nothing opens opportunities, reports its first
 * touchpoint); the button below adds one, and the opportunities without an estimate are listed too.
 */
public final class OpportunityValueView extends BorderPane implements AnalysisView {
    private final TableView<OpportunityRanking.RankedOpportunity> table = new TableView<>();
    private final Label total = new Label();
    private final Label unestimated = new Label();
    private final PictureCanvas chart = new PictureCanvas((w, h) -> picture(this.selected, w, h));
    private final PictureActions actions;
    private JourneyMap map;
    private String selected;
    private Consumer<String> onClick = id -> { };
    private Consumer<String> onOpportunityClick;
    private Runnable onNew = () -> { };
    private final FlowPane unestimatedLinks = new FlowPane(8, 2);

    public OpportunityValueView() {
        getStyleClass().add("opportunity-value-view");
        TableColumn<OpportunityRanking.RankedOpportunity, String> rank = column("opportunity.column.rank", 40, true,
                o -> Integer.toString(table.getItems().indexOf(o) + 1));
        rank.setMaxWidth(60);
        table.getColumns().add(rank);
        TableColumn<OpportunityRanking.RankedOpportunity, String> text = column("opportunity.column.text", 300, false,
                o -> o.opportunity().text());
        text.setCellFactory(v -> new WrappingCell());
        table.getColumns().add(text);
        TableColumn<OpportunityRanking.RankedOpportunity, String> touchpoints = column(
                "opportunity.column.touchpoints", 200, false, this::touchpointTitles);
        touchpoints.setCellFactory(v -> new WrappingCell());
        table.getColumns().add(touchpoints);
        TableColumn<OpportunityRanking.RankedOpportunity, String> value = column("opportunity.column.value", 120,
                true, o -> AnalysisText.money(o.yearlyValue(), o.currency()));
        value.setMaxWidth(160);
        value.setStyle("-fx-font-weight: bold;");
        table.getColumns().add(value);
        TableColumn<OpportunityRanking.RankedOpportunity, String> formula = column("opportunity.column.formula", 380,
                false, OpportunityValueView::formula);
        formula.setCellFactory(v -> new WrappingCell());
        table.getColumns().add(formula);
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(AnalysisText.text("opportunity.empty")));
        table.setRowFactory(v -> {
            TableRow<OpportunityRanking.RankedOpportunity> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && onOpportunityClick != null) {
                    onOpportunityClick.accept(row.getItem().opportunity().id());
                } else if (!row.isEmpty() && !row.getItem().opportunity().touchpointIds().isEmpty()) {
                    onClick.accept(row.getItem().opportunity().touchpointIds().getFirst());
                }
            });
            return row;
        });
        total.setId("opportunity-total");
        total.setStyle("-fx-font-size: 14px; -fx-font-weight: bold;");
        unestimated.getStyleClass().add("chart-note");
        Button add = new Button(AnalysisText.text("opportunity.new"));
        add.setId("opportunity-new");
        add.setTooltip(new Tooltip(AnalysisText.text("opportunity.new.tooltip")));
        add.setOnAction(e -> onNew.run());
        // The chart writes the total and the unestimated count in its own notes; the links and the button stay.
        VBox tableNotes = new VBox(2, total, unestimated);
        VBox bottom = new VBox(4, tableNotes, unestimatedLinks, add);
        bottom.setPadding(new Insets(8, 12, 8, 12));
        setBottom(bottom);
        actions = PictureActions.attach(chart, () -> picture(null, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        chart.setOnTouchpoint(id -> onClick.accept(id));
        ChartOrTable chartOrTable = new ChartOrTable(this, chart.scrolling(), table, tableNotes);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, chartOrTable.control(), spacer, actions.toolbar());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 4, 12));
        setTop(bar);
    }

    private OpportunityChart picture(String highlight, double width, double height) {
        JourneyMap shown = map == null ? JourneyMap.empty("none", "") : map;
        return OpportunityChart.of(shown, highlight, ChartLanguage.of(shown), width, height);
    }

    /** Marks the opportunities of the touchpoint selected on the canvas; null for none. */
    public void setSelectedTouchpoint(String touchpointId) {
        selected = touchpointId;
        chart.redraw();
    }

    public PictureActions pictureActions() {
        return actions;
    }

    private static TableColumn<OpportunityRanking.RankedOpportunity, String> column(
            String key, double width, boolean right, Function<OpportunityRanking.RankedOpportunity, String> text) {
        TableColumn<OpportunityRanking.RankedOpportunity, String> c = new TableColumn<>(AnalysisText.text(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        if (right) {
            c.setCellFactory(v -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setAlignment(Pos.TOP_RIGHT);
                }
            });
        }
        return c;
    }

    /** The estimate's sum written out, e.g. "40 customers × 12.5% × €20 × 13 a day × 360 days = €468,000". */
    static String formula(OpportunityRanking.RankedOpportunity o) {
        return OpportunityChart.formula(o, Localization.ui());
    }

    private String touchpointTitles(OpportunityRanking.RankedOpportunity o) {
        return String.join(", ", o.opportunity().touchpointIds().stream()
                .map(id -> map.touchpoint(id).map(Touchpoint::title).orElse(id)).toList());
    }

    @Override
    public void setMap(JourneyMap newMap) {
        map = newMap;
        List<OpportunityRanking.RankedOpportunity> ranked = newMap == null ? List.of() : OpportunityRanking.of(newMap);
        table.getItems().setAll(ranked);
        if (ranked.isEmpty()) {
            total.setText("");
        } else {
            String currency = ranked.getFirst().currency();
            boolean oneCurrency = ranked.stream().allMatch(o -> o.currency().equals(currency));
            total.setText(oneCurrency ? AnalysisText.text("opportunity.total", AnalysisText.money(
                    ranked.stream().mapToDouble(OpportunityRanking.RankedOpportunity::yearlyValue).sum(), currency),
                    ranked.size()) : "");
        }
        long without = newMap == null ? 0 : newMap.opportunities().size() - ranked.size();
        unestimated.setText(without == 0 ? "" : AnalysisText.text("opportunity.unestimated", without));
        chart.redraw();
        unestimatedLinks.getChildren().clear();
        if (without > 0 && onOpportunityClick != null) {
            unestimatedLinks.getChildren().add(new Label(AnalysisText.text("opportunity.unestimated.list")));
            newMap.opportunities().stream().filter(o -> o.estimate() == null).forEach(o -> {
                Hyperlink link = new Hyperlink(o.text());
                link.setId("opportunity-link-" + o.id());
                link.setOnAction(e -> onOpportunityClick.accept(o.id()));
                unestimatedLinks.getChildren().add(link);
            });
        }
        unestimatedLinks.setManaged(!unestimatedLinks.getChildren().isEmpty());
    }

    /** Told the id of an opportunity the user clicked, to open it; without it a click reports a touchpoint. */
    public void setOnOpportunityClicked(Consumer<String> onClick) {
        this.onOpportunityClick = onClick;
        setMap(map);
    }

    /** What the New Opportunity button does. */
    public void setOnNewOpportunity(Runnable onNew) {
        this.onNew = onNew == null ? () -> { } : onNew;
    }

    @Override
    public void setOnTouchpointClicked(Consumer<String> onClick) {
        this.onClick = onClick == null ? id -> { } : onClick;
    }

    /** The opportunities as listed, most valuable first. */
    public List<OpportunityRanking.RankedOpportunity> rows() {
        return List.copyOf(table.getItems());
    }

    /** A text cell that wraps long texts onto more lines instead of cutting them off. */
    private static final class WrappingCell extends TableCell<OpportunityRanking.RankedOpportunity, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("text");
            setPrefHeight(Region.USE_COMPUTED_SIZE);
            setAlignment(Pos.TOP_LEFT);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setText(null);
        }
    }
}
