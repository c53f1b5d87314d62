package fi.polku.ui.analysis;

import fi.polku.metrics.Crosshair;
import fi.polku.metrics.MetricResult;
import fi.polku.metrics.TouchpointAnalysis;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.MetricDefinition;
import fi.polku.ui.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;

/**
 * The importance-performance matrix (Martilla & James): a point per touchpoint with an importance and a
 * measurement of the chosen metric, the crosshair at the data means or the scale midpoints, the four
 * quadrants named, small samples drawn hollow. Hovering shows the numbers; clicking reports the touchpoint.
 * Drawn on a canvas so that 200 points stay legible: labels are drawn only where they fit.
 */
public final class ImportancePerformanceView extends MetricAnalysisView {
    /** A touchpoint's point and where it is drawn, in the chart canvas's coordinates. */
    public record PlottedPoint(TouchpointRow row, double x, double y) {
        public String touchpointId() {
            return row.touchpoint().id();
        }
    }

    private final ObjectProperty<Crosshair> crosshair = new SimpleObjectProperty<>(this, "crosshair",
            Crosshair.DATA_MEANS);
    private final MatrixPainter painter = new MatrixPainter();
    private final ChartCanvas chart = new ChartCanvas(g -> painter.paint(g, this.analysis, this.hovered, this.selected));
    private final Label legend = new Label();
    private final Label unplotted = new Label();
    private final Tooltip tooltip = new Tooltip();
    private TouchpointAnalysis analysis;
    private PlottedPoint hovered;
    private String selected;

    public ImportancePerformanceView() {
        getStyleClass().add("importance-performance-view");
        setTop(toolbar());
        setCenter(chart);
        VBox bottom = new VBox(2, legend, unplotted);
        bottom.setPadding(new Insets(4, 12, 8, 12));
        legend.getStyleClass().add("chart-legend");
        unplotted.getStyleClass().add("chart-note");
        setBottom(bottom);
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setHideDelay(Duration.ZERO);
        tooltip.setWrapText(false);
        chart.canvas().setOnMouseMoved(this::hover);
        chart.canvas().setOnMouseExited(e -> setHovered(null, e));
        chart.canvas().setOnMouseClicked(this::click);
        crosshair.addListener((o, was, now) -> refresh());
    }

    private HBox toolbar() {
        ToggleGroup group = new ToggleGroup();
        HBox toggles = new HBox();
        toggles.getStyleClass().add("segmented-button-bar");
        for (Crosshair c : Crosshair.values()) {
            ToggleButton b = new ToggleButton(AnalysisText.of(c));
            b.setUserData(c);
            b.setToggleGroup(group);
            b.setSelected(c == crosshair.get());
            b.setId("crosshair-" + c.name());
            toggles.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one of the two is always chosen
            } else {
                crosshair.set((Crosshair) now.getUserData());
            }
        });
        crosshair.addListener((o, was, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
        Label label = new Label(AnalysisText.text("crosshair.label"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, metricChooser, spacer, label, toggles);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 4, 12));
        return bar;
    }

    public ObjectProperty<Crosshair> crosshairProperty() {
        return crosshair;
    }

    /** Marks a touchpoint as selected (e.g. when it is selected on the canvas); null for none. */
    public void setSelectedTouchpoint(String touchpointId) {
        selected = touchpointId;
        chart.redraw();
    }

    /** The points as drawn now, in the chart canvas's coordinates. */
    public List<PlottedPoint> plottedPoints() {
        return List.copyOf(painter.points());
    }

    /** The canvas the points are drawn on (for mapping {@link PlottedPoint} coordinates to the screen). */
    public javafx.scene.canvas.Canvas chartCanvas() {
        return chart.canvas();
    }

    @Override
    protected void refresh() {
        String metricId = metricChooser.metricIdProperty().get();
        analysis = map == null || metricId == null || map.metric(metricId).isEmpty() ? null
                : TouchpointAnalysis.of(map, metricId, crosshair.get());
        hovered = null;
        tooltip.hide();
        updateNotes();
        chart.redraw();
    }

    private void updateNotes() {
        if (analysis == null) {
            legend.setText("");
            unplotted.setText("");
            return;
        }
        List<TouchpointRow> plotted = new ArrayList<>();
        int withoutImportance = 0;
        for (TouchpointRow r : analysis.rows()) {
            if (r.quadrant() != null) {
                plotted.add(r);
            } else if (r.measurement() != null) {
                withoutImportance++;
            }
        }
        MetricDefinition m = analysis.metric();
        legend.setText(plotted.isEmpty() ? AnalysisText.text("matrix.empty", Messages.metricName(m))
                : AnalysisText.text("matrix.legend", plotted.size(), MetricResult.SMALL_SAMPLE,
                AnalysisText.number(analysis.position().importance(), 2),
                AnalysisText.number(analysis.position().performance())));
        unplotted.setText(withoutImportance == 0 ? "" : AnalysisText.text("matrix.unplotted", withoutImportance));
    }

    private void hover(MouseEvent e) {
        setHovered(painter.pointAt(e.getX(), e.getY()), e);
    }

    private void setHovered(PlottedPoint p, MouseEvent e) {
        if (p == hovered) {
            return;
        }
        hovered = p;
        chart.canvas().setCursor(p == null ? Cursor.DEFAULT : Cursor.HAND);
        chart.redraw();
        if (p == null) {
            tooltip.hide();
        } else {
            tooltip.setText(MatrixPainter.describe(analysis.metric(), p.row()));
            tooltip.show(chart.canvas(), e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }

    private void click(MouseEvent e) {
        PlottedPoint p = painter.pointAt(e.getX(), e.getY());
        if (p != null) {
            selected = p.touchpointId();
            chart.redraw();
            onClick.accept(p.touchpointId());
        }
    }
}
