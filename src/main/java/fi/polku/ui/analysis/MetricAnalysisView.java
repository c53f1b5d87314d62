package fi.polku.ui.analysis;

import fi.polku.model.JourneyMap;
import javafx.beans.property.StringProperty;
import javafx.scene.layout.BorderPane;

import java.util.function.Consumer;

/**
 * The part every per-metric analysis view shares: the map shown, the metric chooser and the touchpoint
 * click callback. A subclass draws itself in {@link #refresh()}, which runs whenever either changes.
 */
abstract class MetricAnalysisView extends BorderPane implements AnalysisView {
    protected final MetricChooser metricChooser = new MetricChooser();
    protected JourneyMap map;
    protected Consumer<String> onClick = id -> { };

    MetricAnalysisView() {
        metricChooser.metricIdProperty().addListener((o, was, now) -> refresh());
    }

    /** Redraws the view for the current map and metric. */
    protected abstract void refresh();

    @Override
    public final void setMap(JourneyMap newMap) {
        map = newMap;
        metricChooser.setMap(newMap);
        refresh();
    }

    @Override
    public final void setOnTouchpointClicked(Consumer<String> onClick) {
        this.onClick = onClick == null ? id -> { } : onClick;
    }

    /** The chosen metric's id; bind it to other views' to keep them on the same metric. */
    public final StringProperty metricIdProperty() {
        return metricChooser.metricIdProperty();
    }
}
