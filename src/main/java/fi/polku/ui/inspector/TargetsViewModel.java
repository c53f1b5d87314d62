package fi.polku.ui.inspector;

import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.Messages;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The target per metric of the selected touchpoints. A value is applied as it is typed when it lies on
 * the metric's scale; otherwise the reason is shown and the map is left as it was. Empty removes the target.
 */
public final class TargetsViewModel {
    /** One metric's target field. */
    public record Row(MetricDefinition metric, EditableValue<String> text) {
    }

    private final DocumentEditor editor;
    private List<String> ids = List.of();
    final ObservableList<Row> rows = FXCollections.observableArrayList();

    public TargetsViewModel(DocumentEditor editor) {
        this.editor = editor;
    }

    public void load(List<String> selectedIds, JourneyMap map) {
        boolean otherSelection = !selectedIds.equals(ids);
        ids = selectedIds;
        List<MetricDefinition> metrics = map.allMetrics();
        if (!rows.stream().map(Row::metric).toList().equals(metrics)) {
            rows.setAll(metrics.stream().map(m -> new Row(m, new EditableValue<String>(v -> commit(m, v)))).toList());
            otherSelection = true;
        }
        List<Touchpoint> selected = ids.stream().map(map::touchpoint).flatMap(java.util.Optional::stream).toList();
        for (Row row : rows) {
            String id = row.metric().id();
            List<Double> targets = selected.stream().map(t -> t.targets().get(id)).toList();
            boolean same = targets.stream().allMatch(t -> Objects.equals(t, targets.isEmpty() ? null : targets.getFirst()));
            Double shared = same && !targets.isEmpty() ? targets.getFirst() : null;
            // Keep what the user is typing ("1." or "12,") when it already means the stored value.
            OptionalDouble typed = Numbers.parse(row.text().get());
            boolean showsIt = shared == null ? row.text().get() == null || row.text().get().isBlank()
                    : typed.isPresent() && typed.getAsDouble() == shared;
            // A refused input stays in place with its reason until the user fixes it or selects another card.
            if (otherSelection || (!showsIt && row.text().errorProperty().get() == null)) {
                row.text().load(same ? Numbers.format(shared) : "", !same);
            }
        }
    }

    private void commit(MetricDefinition metric, String text) {
        Row row = rows.stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow();
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            row.text().errorProperty().set(null);
            editor.setTargets(ids, metric.id(), null);
            return;
        }
        OptionalDouble parsed = Numbers.parse(trimmed);
        if (parsed.isEmpty()) {
            row.text().errorProperty().set(Messages.format("measurement.value.notNumber", trimmed));
        } else if (!metric.contains(parsed.getAsDouble())) {
            row.text().errorProperty().set(Messages.format("measurement.value.outside", trimmed, metric.name(),
                    Numbers.format(metric.min()), Numbers.format(metric.max())));
        } else {
            row.text().errorProperty().set(null);
            editor.setTargets(ids, metric.id(), parsed.getAsDouble());
        }
    }
}
