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
 * The target per metric of the selected touchpoints. Input is checked as it is typed and applied when the
 * user finishes it (Enter or leaving the field), so that typing "120" never applies "12" on the way; a
 * value off the metric's scale shows the reason and leaves the map as it was. Empty removes the target.
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
            rows.setAll(metrics.stream().map(m -> new Row(m, new EditableValue<String>(v -> check(m, v)))).toList());
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

    /** Applies a row's input if it is valid; a refused input stays shown with its reason. */
    public void apply(Row row) {
        if (row.text().mixedProperty().get() && (row.text().get() == null || row.text().get().isBlank())) {
            return;
        }
        OptionalDouble target = check(row.metric(), row.text().get());
        if (row.text().errorProperty().get() == null) {
            editor.setTargets(ids, row.metric().id(), target.isPresent() ? target.getAsDouble() : null);
        }
    }

    /** The valid target in {@code text} (empty for none), setting or clearing the row's refusal. */
    private OptionalDouble check(MetricDefinition metric, String text) {
        Row row = rows.stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow();
        String trimmed = text == null ? "" : text.strip();
        OptionalDouble parsed = Numbers.parse(trimmed);
        String error = null;
        if (trimmed.isEmpty()) {
            parsed = OptionalDouble.empty();
        } else if (parsed.isEmpty()) {
            error = Messages.format("measurement.value.notNumber", trimmed);
        } else if (!metric.contains(parsed.getAsDouble())) {
            error = Messages.format("measurement.value.outside", trimmed, Messages.metricName(metric),
                    Numbers.format(metric.min()), Numbers.format(metric.max()));
        }
        row.text().errorProperty().set(error);
        return parsed;
    }
}
