package fi.polku.ui.analysis;

import fi.polku.metrics.RoundComparison;
import fi.polku.metrics.RoundScores;
import fi.polku.model.MetricDefinition;
import fi.polku.ui.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The journey score of one metric in round A and B with the change, for the whole journey and per stage,
 * and the priority ranking of both rounds side by side (rank in A, rank in B, priority change).
 */
public final class RoundScoresPane extends VBox {
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final Label counted = new Label();
    private final Label rankingTitle = new Label();
    private final TableView<RoundScores.RankChange> ranking = new TableView<>();
    private Consumer<String> onClick = id -> { };
    private RoundScores shown;

    RoundScoresPane() {
        super(6);
        setId("round-scores");
        setPadding(new Insets(8, 12, 8, 12));
        title.getStyleClass().add("round-scores-title");
        rankingTitle.getStyleClass().add("round-scores-title");
        grid.setHgap(14);
        grid.setVgap(3);
        ranking.setId("round-ranking");
        ranking.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ranking.getColumns().add(column("rounds.ranking.touchpoint", 170, r -> r.touchpoint().title()));
        ranking.getColumns().add(column("rounds.ranking.rankA", 55, r -> rank(r.rankA())));
        ranking.getColumns().add(column("rounds.ranking.rankB", 55, r -> rank(r.rankB())));
        ranking.getColumns().add(column("rounds.ranking.change", 90, r -> signed(r.priorityChange())));
        ranking.setPlaceholder(new Label(AnalysisText.text("rounds.ranking.empty")));
        ranking.setRowFactory(v -> {
            TableRow<RoundScores.RankChange> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    onClick.accept(row.getItem().touchpoint().id());
                }
            });
            return row;
        });
        VBox.setVgrow(ranking, Priority.ALWAYS);
        counted.getStyleClass().add("chart-note");
        counted.setWrapText(true);
        getChildren().addAll(title, grid, counted, rankingTitle, ranking);
    }

    void setOnTouchpointClicked(Consumer<String> onClick) {
        this.onClick = onClick;
    }

    /** The scores shown, or null. */
    public RoundScores shown() {
        return shown;
    }

    public TableView<RoundScores.RankChange> ranking() {
        return ranking;
    }

    /** Shows the scores of {@code metricId} in a comparison; null shows nothing. */
    void show(RoundComparison c, String metricId) {
        MetricDefinition metric = c == null || metricId == null ? null : c.map().metric(metricId).orElse(null);
        shown = metric == null ? null : c.scores(metricId);
        grid.getChildren().clear();
        ranking.getItems().clear();
        if (shown == null) {
            title.setText("");
            counted.setText("");
            rankingTitle.setText("");
            return;
        }
        String name = Messages.metricName(metric);
        title.setText(AnalysisText.text("rounds.score.title", name));
        rankingTitle.setText(AnalysisText.text("rounds.ranking.title", name));
        grid.addRow(0, new Label(""), head("rounds.score.a"), head("rounds.score.b"), head("rounds.score.change"));
        Label whole = new Label(AnalysisText.text("rounds.score.whole"));
        whole.setStyle("-fx-font-weight: bold;");
        grid.addRow(1, whole, number(shown.scoreA().overall()), number(shown.scoreB().overall()),
                new Label(signed(shown.change())));
        int row = 2;
        for (RoundScores.StageChange s : shown.stages()) {
            if (s.scoreA() != null || s.scoreB() != null) {
                grid.addRow(row++, new Label(s.stage().name()), number(s.scoreA()), number(s.scoreB()),
                        new Label(signed(s.change())));
            }
        }
        counted.setText(AnalysisText.text("rounds.score.counted", shown.scoreA().touchpoints(),
                shown.scoreB().touchpoints()));
        grid.getChildren().forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
        ranking.getItems().setAll(shown.ranking());
    }

    private static Label head(String key) {
        Label l = new Label(AnalysisText.text(key));
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label number(Double v) {
        return new Label(AnalysisText.number(v));
    }

    private static String rank(int rank) {
        return rank == 0 ? "–" : Integer.toString(rank);
    }

    private static String signed(Double v) {
        String text = AnalysisText.number(v);
        return v != null && v > 0 && !text.equals("0") ? "+" + text : text;
    }

    private static TableColumn<RoundScores.RankChange, String> column(String key, double width,
                                                                     Function<RoundScores.RankChange, String> text) {
        TableColumn<RoundScores.RankChange, String> c = new TableColumn<>(AnalysisText.text(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        return c;
    }
}
