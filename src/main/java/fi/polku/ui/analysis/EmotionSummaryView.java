package fi.polku.ui.analysis;

import fi.polku.metrics.EmotionCurve;
import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import fi.polku.render.chart.ChartStyle;
import fi.polku.render.chart.ChartText;
import fi.polku.render.chart.EmotionChart;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import java.util.function.Consumer;

/**
 * The customer's emotion along the journey with its peak-end summary: the most intense moment and the
 * last one are marked on the curve and named below it, as they shape what the customer remembers. The
 * picture is the one copied and exported; hovering a point names it, clicking selects it.
 */
public final class EmotionSummaryView extends BorderPane implements AnalysisView {
    private static final JourneyMap NONE = JourneyMap.empty("none", "");
    private final PictureCanvas chart = new PictureCanvas((w, h) -> picture(this.hovered == null ? this.selected : this.hovered, w, h));
    private final PictureActions actions;
    private final Tooltip tooltip = new Tooltip();
    private JourneyMap map;
    private EmotionCurve curve;
    private String hovered;
    private String selected;
    private Consumer<String> onClick = id -> { };

    public EmotionSummaryView() {
        getStyleClass().add("emotion-summary-view");
        actions = PictureActions.attach(chart, () -> picture(null, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, actions.toolbar());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 4, 12));
        setTop(bar);
        setCenter(chart.scrolling());
        tooltip.setShowDelay(Duration.millis(150));
        chart.setOnTouchpoint(id -> onClick.accept(id));
        chart.canvas().addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        chart.canvas().setOnMouseExited(e -> {
            hovered = null;
            tooltip.hide();
            chart.redraw();
        });
    }

    private EmotionChart picture(String highlight, double width, double height) {
        JourneyMap shown = map == null ? NONE : map;
        return EmotionChart.of(shown, highlight, ChartLanguage.of(shown), width, height);
    }

    @Override
    public void setMap(JourneyMap newMap) {
        map = newMap;
        curve = newMap == null ? null : EmotionCurve.of(newMap);
        hovered = null;
        chart.redraw();
    }

    @Override
    public void setOnTouchpointClicked(Consumer<String> onClick) {
        this.onClick = onClick == null ? id -> { } : onClick;
    }

    /** Marks the touchpoint selected on the canvas on the curve; null for none. */
    public void setSelectedTouchpoint(String touchpointId) {
        selected = touchpointId;
        chart.redraw();
    }

    /** The curve shown, or null without a map. */
    public EmotionCurve curve() {
        return curve;
    }

    /** The chart as shown now, with where each point is drawn. */
    public EmotionChart chart() {
        return (EmotionChart) chart.chart();
    }

    public PictureActions pictureActions() {
        return actions;
    }

    private void hover(MouseEvent e) {
        String id = chart.touchpointAt(e.getX(), e.getY());
        if (java.util.Objects.equals(id, hovered)) {
            return;
        }
        hovered = id;
        chart.redraw();
        EmotionCurve.Point p = id == null || curve == null ? null
                : curve.points().stream().filter(q -> q.touchpoint().id().equals(id)).findFirst().orElse(null);
        if (p == null) {
            tooltip.hide();
        } else {
            String stage = map.stage(p.touchpoint().stageId()).map(Stage::name).orElse("");
            tooltip.setText(AnalysisText.text("emotion.tooltip", p.touchpoint().title(),
                    ChartText.signed(fi.polku.text.Localization.ui(), p.emotion()), stage));
            tooltip.show(chart.canvas(), e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }
}
