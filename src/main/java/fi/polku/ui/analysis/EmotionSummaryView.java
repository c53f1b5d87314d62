package fi.polku.ui.analysis;

import fi.polku.metrics.EmotionCurve;
import fi.polku.model.JourneyMap;
import fi.polku.model.Stage;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.function.Consumer;

/**
 * The customer's emotion along the journey with its peak-end summary: the most intense moment and the
 * last one are marked on the curve and named below it, as they shape what the customer remembers.
 */
public final class EmotionSummaryView extends BorderPane implements AnalysisView {
    private final EmotionPainter painter = new EmotionPainter();
    private final ChartCanvas chart = new ChartCanvas(g -> painter.paint(g, this.map, this.curve, this.hovered));
    private final Hyperlink peak = new Hyperlink();
    private final Hyperlink end = new Hyperlink();
    private final Label empty = new Label(AnalysisText.text("emotion.empty"));
    private final Tooltip tooltip = new Tooltip();
    private JourneyMap map;
    private EmotionCurve curve;
    private EmotionPainter.Drawn hovered;
    private Consumer<String> onClick = id -> { };

    public EmotionSummaryView() {
        getStyleClass().add("emotion-summary-view");
        Label axis = new Label(AnalysisText.text("emotion.axis"));
        axis.getStyleClass().add("chart-note");
        VBox top = new VBox(axis);
        top.setPadding(new Insets(8, 12, 0, 12));
        setTop(top);
        setCenter(chart);
        peak.setId("emotion-peak");
        end.setId("emotion-end");
        peak.setStyle("-fx-font-size: 13px;");
        end.setStyle("-fx-font-size: 13px;");
        Label note = new Label(AnalysisText.text("emotion.note"));
        note.getStyleClass().add("chart-note");
        VBox bottom = new VBox(2, empty, peak, end, note);
        bottom.setPadding(new Insets(4, 12, 8, 12));
        setBottom(bottom);
        tooltip.setShowDelay(Duration.millis(150));
        chart.canvas().setOnMouseMoved(this::hover);
        chart.canvas().setOnMouseExited(e -> {
            hovered = null;
            tooltip.hide();
            chart.redraw();
        });
        chart.canvas().setOnMouseClicked(e -> {
            EmotionPainter.Drawn d = painter.at(e.getX(), e.getY());
            if (d != null) {
                onClick.accept(d.point().touchpoint().id());
            }
        });
    }

    @Override
    public void setMap(JourneyMap newMap) {
        map = newMap;
        curve = newMap == null ? null : EmotionCurve.of(newMap);
        boolean none = curve == null || curve.points().isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
        describe(peak, "emotion.peak", none ? null : curve.peak());
        describe(end, "emotion.end", none ? null : curve.end());
        hovered = null;
        chart.redraw();
    }

    @Override
    public void setOnTouchpointClicked(Consumer<String> onClick) {
        this.onClick = onClick == null ? id -> { } : onClick;
    }

    /** The curve shown, or null without a map. */
    public EmotionCurve curve() {
        return curve;
    }

    private void describe(Hyperlink link, String key, EmotionCurve.Point p) {
        link.setVisible(p != null);
        link.setManaged(p != null);
        if (p != null) {
            link.setText(AnalysisText.text(key, p.touchpoint().title(), signed(p.emotion())));
            link.setOnAction(e -> onClick.accept(p.touchpoint().id()));
        }
    }

    static String signed(double emotion) {
        return (emotion > 0 ? "+" : "") + AnalysisText.number(emotion);
    }

    private void hover(MouseEvent e) {
        EmotionPainter.Drawn d = painter.at(e.getX(), e.getY());
        if (d == hovered) {
            return;
        }
        hovered = d;
        chart.canvas().setCursor(d == null ? Cursor.DEFAULT : Cursor.HAND);
        chart.redraw();
        if (d == null) {
            tooltip.hide();
        } else {
            String stage = map.stage(d.point().touchpoint().stageId()).map(Stage::name).orElse("");
            tooltip.setText(AnalysisText.text("emotion.tooltip", d.point().touchpoint().title(),
                    signed(d.point().emotion()), stage));
            tooltip.show(chart.canvas(), e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }
}
