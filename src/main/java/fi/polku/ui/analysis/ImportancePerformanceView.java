package fi.polku.ui.analysis;

import fi.polku.layout.GapText;
import fi.polku.metrics.Crosshair;
import fi.polku.metrics.MatrixAnalysis;
import fi.polku.metrics.MetricResult;
import fi.polku.metrics.TouchpointRow;
import fi.polku.model.JourneyMap;
import fi.polku.render.chart.ChartStyle;
import fi.polku.render.chart.MatrixChart;
import fi.polku.render.chart.MatrixSlide;
import fi.polku.render.fx.FxPainter;
import fi.polku.text.Localization;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The importance-performance matrix (Martilla & James) of {@link MatrixChart}: by default every measured
 * touchpoint by its key metric against its own target; on request one metric, or the crosshair at the data
 * means or the scale midpoints. Hovering shows the numbers and the gap in the metric's unit; clicking
 * reports the touchpoint. The same picture is exported, so the screen shows what the client will get.
 */
public final class ImportancePerformanceView extends MetricAnalysisView {
    /** A touchpoint's point and where it is drawn, in the chart canvas's coordinates. */
    public record PlottedPoint(TouchpointRow row, double x, double y) {
        public String touchpointId() {
            return row.touchpoint().id();
        }
    }

    private final ObjectProperty<Crosshair> crosshair = new SimpleObjectProperty<>(this, "crosshair",
            Crosshair.TARGET);
    private final BooleanProperty allMetrics = new SimpleBooleanProperty(this, "allMetrics", true);
    private final ChartCanvas chart = new ChartCanvas(this::paint);
    private final Tooltip tooltip = new Tooltip();
    private MatrixAnalysis analysis;
    private MatrixChart laidOut;
    private String hovered;
    private String selected;

    public ImportancePerformanceView() {
        getStyleClass().add("importance-performance-view");
        // What is copied or exported is the matrix as a slide of its own, titled, at the charts' size.
        PictureActions actions = PictureActions.attach(chart, () -> MatrixSlide.of(
                analysis == null ? MatrixAnalysis.allMetrics(JourneyMap.empty("none", ""), crosshair.get()) : analysis,
                map == null ? Localization.ui() : ChartLanguage.of(map), ChartStyle.WIDTH, ChartStyle.HEIGHT));
        setTop(toolbar(actions));
        setCenter(chart);
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setHideDelay(Duration.ZERO);
        tooltip.setWrapText(false);
        chart.canvas().setOnMouseMoved(this::hover);
        chart.canvas().setOnMouseExited(e -> setHovered(null, e));
        chart.canvas().setOnMouseClicked(this::click);
        crosshair.addListener((o, was, now) -> refresh());
        allMetrics.addListener((o, was, now) -> refresh());
        metricChooser.disableProperty().bind(allMetrics);
    }

    private FlowPane toolbar(PictureActions actions) {
        HBox scope = segmented(allMetrics, List.of(true, false), v -> AnalysisText.text(
                v ? "matrix.scope.all" : "matrix.scope.one"), v -> "matrix-scope-" + (v ? "all" : "one"));
        HBox crosshairs = segmented(crosshair, List.of(Crosshair.values()), AnalysisText::of, c -> "crosshair-" + c.name());
        Label label = new Label(AnalysisText.text("crosshair.label"));
        HBox left = new HBox(8, scope, metricChooser);
        left.setAlignment(Pos.CENTER_LEFT);
        HBox right = new HBox(8, label, crosshairs);
        right.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(24, 6, left, right, actions.toolbar());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 4, 12));
        return bar;
    }

    /** A bar of toggle buttons of which exactly one is always chosen, kept in step with {@code property}. */
    private static <T> HBox segmented(javafx.beans.property.Property<T> property, List<T> values,
                                      java.util.function.Function<T, String> text,
                                      java.util.function.Function<T, String> id) {
        ToggleGroup group = new ToggleGroup();
        HBox toggles = new HBox();
        toggles.getStyleClass().add("segmented-button-bar");
        for (T v : values) {
            ToggleButton b = new ToggleButton(text.apply(v));
            b.setUserData(v);
            b.setToggleGroup(group);
            b.setSelected(v.equals(property.getValue()));
            b.setId(id.apply(v));
            toggles.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                property.setValue(chosen);
            }
        });
        property.addListener((o, was, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(now))));
        return toggles;
    }

    public ObjectProperty<Crosshair> crosshairProperty() {
        return crosshair;
    }

    /** True (the default) for every measured touchpoint by its key metric; false for the chosen metric only. */
    public BooleanProperty allMetricsProperty() {
        return allMetrics;
    }

    /** Marks a touchpoint as selected (e.g. when it is selected on the canvas); null for none. */
    public void setSelectedTouchpoint(String touchpointId) {
        selected = touchpointId;
        chart.redraw();
    }

    /** The points as drawn now, in the chart canvas's coordinates, including those listed apart for lack of a target. */
    public List<PlottedPoint> plottedPoints() {
        if (laidOut == null) {
            return List.of();
        }
        Map<String, MatrixChart.Point> at = laidOut.positions();
        List<PlottedPoint> out = new ArrayList<>();
        Stream.concat(analysis.plotted().stream(), analysis.withoutTarget().stream()).forEach(r -> {
            MatrixChart.Point p = at.get(r.touchpoint().id());
            if (p != null) {
                out.add(new PlottedPoint(r, p.x(), p.y()));
            }
        });
        return out;
    }

    /** The picture shown now, or null before the view has a size and a map. */
    public MatrixChart chartPicture() {
        return laidOut;
    }

    /** The canvas the points are drawn on (for mapping {@link PlottedPoint} coordinates to the screen). */
    public javafx.scene.canvas.Canvas chartCanvas() {
        return chart.canvas();
    }

    @Override
    protected void refresh() {
        String metricId = metricChooser.metricIdProperty().get();
        if (map == null) {
            analysis = null;
        } else if (allMetrics.get()) {
            analysis = MatrixAnalysis.allMetrics(map, crosshair.get());
        } else {
            analysis = metricId == null || map.metric(metricId).isEmpty() ? null
                    : MatrixAnalysis.oneMetric(map, metricId, crosshair.get());
        }
        laidOut = null;
        hovered = null;
        tooltip.hide();
        chart.redraw();
    }

    private void paint(GraphicsContext g) {
        double w = g.getCanvas().getWidth();
        double h = g.getCanvas().getHeight();
        if (analysis == null) {
            laidOut = null;
            return;
        }
        if (laidOut == null || laidOut.width() != w || laidOut.height() != h) {
            laidOut = new MatrixChart(analysis, ChartLanguage.of(map), w, h);
        }
        laidOut.highlighted(hovered, selected).paint(new FxPainter(g));
    }

    private String pointAt(MouseEvent e) {
        return laidOut == null ? null : laidOut.touchpointAt(e.getX(), e.getY()).orElse(null);
    }

    private void hover(MouseEvent e) {
        setHovered(pointAt(e), e);
    }

    private void setHovered(String id, MouseEvent e) {
        if (java.util.Objects.equals(id, hovered)) {
            return;
        }
        hovered = id;
        chart.canvas().setCursor(id == null ? Cursor.DEFAULT : Cursor.HAND);
        chart.redraw();
        if (id == null) {
            tooltip.hide();
        } else {
            plottedPoints().stream().filter(p -> p.touchpointId().equals(id)).findFirst().ifPresent(p -> {
                tooltip.setText(describe(p.row()));
                tooltip.show(chart.canvas(), e.getScreenX() + 14, e.getScreenY() + 14);
            });
        }
    }

    /** The tooltip: title, importance and n, the score against its target in its unit, status and quadrant. */
    private String describe(TouchpointRow r) {
        String standing = r.quadrant() == null ? AnalysisText.of(r.status())
                : AnalysisText.text("matrix.tooltip.quadrant", AnalysisText.of(r.status()),
                AnalysisText.of(r.quadrant().text(analysis.crosshair())));
        String text = AnalysisText.text("matrix.tooltip.row", r.touchpoint().title(),
                AnalysisText.number(r.importance()), r.measurement().n() == null ? "?" : r.measurement().n(),
                GapText.of(r, Localization.ui()), standing);
        return r.smallSample() ? text + AnalysisText.text("matrix.tooltip.small", MetricResult.SMALL_SAMPLE) : text;
    }

    private void click(MouseEvent e) {
        String id = pointAt(e);
        if (id != null) {
            selected = id;
            chart.redraw();
            onClick.accept(id);
        }
    }
}
