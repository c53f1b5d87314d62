package fi.polku.ui.analysis;

import fi.polku.model.JourneyMap;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.List;
import java.util.function.Consumer;

/**
 * The customer-experience analysis of a map in seven tabs: importance × performance matrix, priority
 * ranking, journey score, emotion curve, opportunity value, channel scorecard and the comparison of two
 * measurement rounds. The matrix, ranking, score and round comparison always show the same metric: choosing
 * it in one chooses it in all.
 */
public final class AnalysisPane extends TabPane implements AnalysisView {
    private final ImportancePerformanceView matrix = new ImportancePerformanceView();
    private final PriorityRankingView ranking = new PriorityRankingView();
    private final JourneyScoreView score = new JourneyScoreView();
    private final EmotionSummaryView emotion = new EmotionSummaryView();
    private final OpportunityValueView opportunities = new OpportunityValueView();
    private final ChannelScorecardView channels = new ChannelScorecardView();
    private final RoundComparisonView rounds = new RoundComparisonView();
    private final FeelingGapsView gaps = new FeelingGapsView();

    public AnalysisPane() {
        getStyleClass().add("analysis-pane");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().addAll(tab("tab.matrix", matrix), tab("tab.ranking", ranking), tab("tab.gaps", gaps),
                tab("tab.score", score), tab("tab.emotion", emotion), tab("tab.opportunities", opportunities),
                tab("tab.channels", channels), tab("tab.rounds", rounds));
        ranking.metricIdProperty().bindBidirectional(matrix.metricIdProperty());
        score.metricIdProperty().bindBidirectional(matrix.metricIdProperty());
        rounds.metricIdProperty().bindBidirectional(matrix.metricIdProperty());
    }

    private static Tab tab(String key, javafx.scene.Node content) {
        Tab tab = new Tab(AnalysisText.text(key), content);
        tab.setId(key.substring(key.indexOf('.') + 1));
        return tab;
    }

    private List<AnalysisView> views() {
        return List.of(matrix, ranking, gaps, score, emotion, opportunities, channels, rounds);
    }

    @Override
    public void setMap(JourneyMap map) {
        views().forEach(v -> v.setMap(map));
    }

    @Override
    public void setOnTouchpointClicked(Consumer<String> onClick) {
        views().forEach(v -> v.setOnTouchpointClicked(onClick));
    }

    /** Marks the touchpoint selected on the canvas in the matrix; null for none. */
    public void setSelectedTouchpoint(String touchpointId) {
        matrix.setSelectedTouchpoint(touchpointId);
        ranking.setSelectedTouchpoint(touchpointId);
        emotion.setSelectedTouchpoint(touchpointId);
        opportunities.setSelectedTouchpoint(touchpointId);
    }

    /** The largest gaps between the intended and the experienced feeling, beside the priorities. */
    public FeelingGapsView gaps() {
        return gaps;
    }

    public ImportancePerformanceView matrix() {
        return matrix;
    }

    public PriorityRankingView ranking() {
        return ranking;
    }

    public JourneyScoreView journeyScore() {
        return score;
    }

    public EmotionSummaryView emotion() {
        return emotion;
    }

    public OpportunityValueView opportunities() {
        return opportunities;
    }

    public ChannelScorecardView channels() {
        return channels;
    }

    public RoundComparisonView rounds() {
        return rounds;
    }
}
