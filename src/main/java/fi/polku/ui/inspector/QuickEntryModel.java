package fi.polku.ui.inspector;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * The one-row quick entry of a touchpoint's measurements: metric, value, n and date, added with Enter as
 * one undo step. The metric and date stay for the next measurement; value and n are emptied.
 */
final class QuickEntryModel {
    private final MeasurementsViewModel table;
    private final Runnable endMerge;
    private final StringProperty added = new SimpleStringProperty();

    final ObservableList<MetricDefinition> metrics;
    final EditableValue<MetricDefinition> metric = new EditableValue<>(v -> check(false));
    final EditableValue<String> value = new EditableValue<>(v -> check(false));
    final EditableValue<String> n = new EditableValue<>(v -> check(false));
    final EditableValue<LocalDate> date = new EditableValue<>(v -> added.set(null));
    /** The first refusal among the fields, or null. */
    final StringBinding refusal = Bindings.createStringBinding(() -> Stream.of(metric, value, n, date)
                    .map(f -> f.errorProperty().get()).filter(e -> e != null).findFirst().orElse(null),
            metric.errorProperty(), value.errorProperty(), n.errorProperty(), date.errorProperty());
    final BooleanBinding refused = refusal.isNotNull();
    /** The message line: the refusal, else what was just added, else how the row works. */
    final StringBinding message = Bindings.createStringBinding(() -> refusal.get() != null ? refusal.get()
            : added.get() != null ? added.get() : Messages.get("quick.hint"), refusal, added);

    QuickEntryModel(MeasurementsViewModel table, Runnable endMerge) {
        this.table = table;
        this.endMerge = endMerge;
        this.metrics = table.metrics;
        metrics.addListener((ListChangeListener<MetricDefinition>) c -> keepMetricInList());
        keepMetricInList();
        value.load("", false);
        n.load("", false);
        date.load(LocalDate.now(), false);
    }

    /** Adds the row as a measurement; false, with the reason on the message line, when a field is refused. */
    boolean add() {
        if (!check(true) || date.errorProperty().get() != null) {
            return false;
        }
        MetricDefinition def = metric.get();
        double v = Numbers.parse(value.get()).orElseThrow();
        String size = n.get() == null ? "" : MeasurementsViewModel.digits(n.get());
        Measurement m = new Measurement(def.id(), v, size.isEmpty() ? null : Integer.valueOf(size), null, null,
                null, date.get(), "", EvidenceLevel.OBSERVED);
        if (!table.append(m, endMerge)) {
            return false;
        }
        value.load("", false);
        n.load("", false);
        added.set(Messages.format("quick.added", Messages.metricName(def), Numbers.format(v)));
        return true;
    }

    private boolean check(boolean strict) {
        added.set(null);
        return MeasurementsViewModel.validate(metric, value, n, strict);
    }

    /** A map without the chosen metric (another map, a removed custom metric) starts again at its first. */
    private void keepMetricInList() {
        if (metric.get() == null || !metrics.contains(metric.get())) {
            metric.load(metrics.isEmpty() ? MetricDefinition.builtIn(MetricDefinition.NPS) : metrics.getFirst(),
                    false);
        }
    }
}
