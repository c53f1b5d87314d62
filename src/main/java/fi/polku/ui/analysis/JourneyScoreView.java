package fi.polku.ui.analysis;

import fi.polku.metrics.Crosshair;
import fi.polku.metrics.JourneyScore;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.model.JourneyMap;
import fi.polku.render.chart.ChartStyle;
import fi.polku.render.chart.ScoreChart;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The journey score of one metric: the importance-weighted mean performance (0–100) of the whole journey
 * and of each stage, drawn as the picture that is copied and exported. Clicking a stage reports its
 * weakest measured touchpoint.
 */
public final class JourneyScoreView extends MetricAnalysisView {
    private static final JourneyMap NONE = JourneyMap.empty("none", "");
    private final PictureCanvas chart = new PictureCanvas((w, h) -> picture(w, h));
    private final PictureActions actions;
    private JourneyScore score;

    public JourneyScoreView() {
        getStyleClass().add("journey-score-view");
        actions = PictureActions.attach(chart, () -> picture(ChartStyle.WIDTH, ChartStyle.HEIGHT));
        chart.setOnTouchpoint(id -> onClick.accept(id));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, metricChooser, spacer, actions.toolbar());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 4, 12));
        setTop(bar);
        setCenter(chart.scrolling());
    }

    private ScoreChart picture(double width, double height) {
        JourneyMap shown = map == null ? NONE : map;
        return ScoreChart.of(shown, metricChooser.metricIdProperty().get(), null, ChartLanguage.of(shown), width,
                height);
    }

    /** The score shown, or null without a map or metric. */
    public JourneyScore score() {
        return score;
    }

    public PictureActions pictureActions() {
        return actions;
    }

    @Override
    protected void refresh() {
        String metricId = metricChooser.metricIdProperty().get();
        boolean known = map != null && metricId != null && map.metric(metricId).isPresent();
        score = known ? TouchpointAnalysis.of(map, metricId, Crosshair.SCALE_MIDPOINTS).journeyScore() : null;
        chart.redraw();
    }
}
