package fi.polku.ui.analysis;

import fi.polku.metrics.Crosshair;
import fi.polku.metrics.JourneyScore;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.MetricDefinition;
import fi.polku.ui.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Comparator;

/**
 * The journey score of one metric: the importance-weighted mean performance (0–100) of the whole journey
 * and of each stage. Clicking a stage reports its weakest measured touchpoint.
 */
public final class JourneyScoreView extends MetricAnalysisView {
    private final Label overall = new Label();
    private final Label overallDetail = new Label();
    private final GridPane stages = new GridPane();
    private JourneyScore score;

    public JourneyScoreView() {
        getStyleClass().add("journey-score-view");
        HBox bar = new HBox(8, metricChooser);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 4, 12));
        setTop(bar);
        overall.setId("journey-score-overall");
        overall.setStyle("-fx-font-size: 34px; -fx-font-weight: bold;");
        overallDetail.setWrapText(true);
        Label caption = new Label(AnalysisText.text("score.overall"));
        caption.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        VBox head = new VBox(2, caption, overall, overallDetail);
        stages.setHgap(14);
        stages.setVgap(10);
        ColumnConstraints name = new ColumnConstraints(120, 180, 260);
        ColumnConstraints barColumn = new ColumnConstraints(120, 360, Double.MAX_VALUE);
        barColumn.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints(50);
        value.setHalignment(javafx.geometry.HPos.RIGHT);
        ColumnConstraints detail = new ColumnConstraints(120, 200, 320);
        stages.getColumnConstraints().setAll(name, barColumn, value, detail);
        Label note = new Label(AnalysisText.text("score.note"));
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        VBox content = new VBox(18, head, stages, note);
        content.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    /** The score shown, or null without a map or metric. */
    public JourneyScore score() {
        return score;
    }

    @Override
    protected void refresh() {
        stages.getChildren().clear();
        String metricId = metricChooser.metricIdProperty().get();
        MetricDefinition metric = map == null || metricId == null ? null : map.metric(metricId).orElse(null);
        if (metric == null) {
            score = null;
            overall.setText(AnalysisText.text("score.none"));
            overallDetail.setText("");
            return;
        }
        TouchpointAnalysis analysis = TouchpointAnalysis.of(map, metric.id(), Crosshair.SCALE_MIDPOINTS);
        score = analysis.journeyScore();
        overall.setText(score.overall() == null ? AnalysisText.text("score.none") : AnalysisText.number(score.overall()));
        overall.setStyle("-fx-font-size: 34px; -fx-font-weight: bold; -fx-text-fill: "
                + (score.overall() == null ? "#6b7178" : ScoreBar.colour(score.overall())) + ";");
        overallDetail.setText(AnalysisText.text("score.overall.detail", score.touchpoints(), Messages.metricName(metric)));
        int row = 0;
        for (JourneyScore.StageScore s : score.stages()) {
            Label name = new Label(s.stage().name());
            name.setWrapText(true);
            name.setStyle("-fx-font-weight: bold;");
            stages.add(name, 0, row);
            if (s.score() != null) {
                ScoreBar bar = new ScoreBar(s.score());
                stages.add(bar, 1, row);
                Label value = new Label(AnalysisText.number(s.score()));
                value.setStyle("-fx-font-weight: bold;");
                stages.add(value, 2, row);
                stages.add(new Label(AnalysisText.text("score.stage.detail", s.touchpoints())), 3, row);
                weakest(analysis, s.stage().id()).ifPresent(id -> {
                    bar.setOnMouseClicked(e -> onClick.accept(id));
                    bar.setCursor(javafx.scene.Cursor.HAND);
                });
            } else {
                Label none = new Label(AnalysisText.text("score.stage.none"));
                none.getStyleClass().add("chart-note");
                stages.add(none, 1, row, 3, 1);
            }
            GridPane.setValignment(name, VPos.CENTER);
            row++;
        }
    }

    private static java.util.Optional<String> weakest(TouchpointAnalysis analysis, String stageId) {
        return analysis.rows().stream()
                .filter(r -> r.touchpoint().stageId().equals(stageId) && r.importance() != null
                        && r.performance() != null)
                .min(Comparator.comparingDouble(TouchpointRow::performance))
                .map(r -> r.touchpoint().id());
    }
}
