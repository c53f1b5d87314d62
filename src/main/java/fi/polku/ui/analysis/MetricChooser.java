package fi.polku.ui.analysis;

import fi.polku.metrics.MeasuredMetrics;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.ui.Messages;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

import java.util.List;
import java.util.Objects;

/**
 * Chooses the metric a view analyses among those the map has measurements of. Views share the choice by
 * binding their {@link #metricIdProperty()}s together.
 */
final class MetricChooser extends HBox {
    private final ComboBox<MetricDefinition> combo = new ComboBox<>();
    private final StringProperty metricId = new SimpleStringProperty(this, "metricId");
    private boolean updating;

    MetricChooser() {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label(AnalysisText.text("metric.label"));
        label.setLabelFor(combo);
        combo.setCellFactory(v -> new MetricCell());
        combo.setButtonCell(new MetricCell());
        combo.setPromptText(AnalysisText.text("metric.none"));
        getChildren().addAll(label, combo);
        combo.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                metricId.set(now.id());
            }
        });
        metricId.addListener((o, was, now) -> select(now));
    }

    StringProperty metricIdProperty() {
        return metricId;
    }

    ComboBox<MetricDefinition> comboBox() {
        return combo;
    }

    /** Offers the map's measured metrics; keeps the chosen one when the map still has it. */
    void setMap(JourneyMap map) {
        List<MetricDefinition> measured = map == null ? List.of() : MeasuredMetrics.of(map);
        updating = true;
        try {
            combo.getItems().setAll(measured);
        } finally {
            updating = false;
        }
        String keep = metricId.get();
        if (keep != null && measured.stream().anyMatch(m -> m.id().equals(keep))) {
            select(keep);
        } else if (!measured.isEmpty()) {
            metricId.set(MeasuredMetrics.mostPlotted(map).orElseThrow().id());
        } else {
            combo.setValue(null);
        }
    }

    private void select(String id) {
        MetricDefinition match = combo.getItems().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
        if (!Objects.equals(combo.getValue(), match)) {
            updating = true;
            try {
                combo.setValue(match);
            } finally {
                updating = false;
            }
        }
    }

    /** Shows a metric as "Lähtöviive (viive)" so that the id in a survey file can be found. */
    private static final class MetricCell extends ListCell<MetricDefinition> {
        @Override
        protected void updateItem(MetricDefinition item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.metricName(item).equalsIgnoreCase(item.id())
                    ? Messages.metricName(item) : AnalysisText.text("metric.option", Messages.metricName(item), item.id()));
        }
    }
}
