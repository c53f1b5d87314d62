package fi.polku.ui.analysis;

import fi.polku.metrics.ChannelScorecard;
import fi.polku.model.JourneyMap;
import fi.polku.render.chart.ChannelChart;
import fi.polku.render.chart.ChartStyle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.function.Consumer;

/**
 * The channel scorecard: NPS, CES, FCR and CSAT per channel lane, pooled by n over the channel's
 * touchpoints, each with its n and 95 % interval; the same picture that is copied and exported.
 */
public final class ChannelScorecardView extends BorderPane implements AnalysisView {
    private static final JourneyMap NONE = JourneyMap.empty("none", "");
    /** Title, column heads and notes of the scorecard, and the height of one channel's row, in pixels. */
    private static final double ROOM_AROUND_ROWS = 330;
    private static final double ROW = 96;
    private final PictureCanvas chart = new PictureCanvas((w, h) -> ChannelChart.of(shown(), ChartLanguage.of(shown()), w, h));
    private final PictureActions actions;
    private JourneyMap map;
    private ChannelScorecard scorecard;

    public ChannelScorecardView() {
        getStyleClass().add("channel-scorecard-view");
        actions = PictureActions.attach(chart, () -> ChannelChart.whole(shown(), ChartLanguage.of(shown()),
                ChartStyle.WIDTH, ChartStyle.HEIGHT));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, actions.toolbar());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 4, 12));
        setTop(bar);
        setCenter(chart.scrolling());
    }

    private JourneyMap shown() {
        return map == null ? NONE : map;
    }

    @Override
    public void setMap(JourneyMap newMap) {
        map = newMap;
        scorecard = newMap == null ? null : ChannelScorecard.of(newMap);
        // Every channel gets its row on screen: a low dock scrolls rather than leaving channels out.
        int channels = scorecard == null ? 0 : scorecard.channels().size();
        chart.setMinHeight(Math.max(PictureCanvas.MIN_HEIGHT, ROOM_AROUND_ROWS + ROW * channels));
        chart.redraw();
    }

    @Override
    public void setOnTouchpointClicked(Consumer<String> onClick) {
        // The scorecard pools whole channels: no single touchpoint to select.
    }

    /** The scorecard shown, or null without a map. */
    public ChannelScorecard scorecard() {
        return scorecard;
    }

    public PictureActions pictureActions() {
        return actions;
    }
}
