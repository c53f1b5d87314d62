package fi.polku.ui.inspector;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.Messages;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The measurements of one touchpoint: the table's rows and a form for one measurement. The form checks
 * each field as it is typed; Add and Apply change the map only when every field is valid.
 */
public final class MeasurementsViewModel {
    private final DocumentEditor editor;
    private String touchpointId;
    private JourneyMap map;

    final ObservableList<Measurement> rows = FXCollections.observableArrayList();
    final ObservableList<MetricDefinition> metrics = FXCollections.observableArrayList();
    /** The row the form edits, or -1 for a new measurement. */
    final IntegerProperty selected = new SimpleIntegerProperty(-1);
    final EditableValue<MetricDefinition> metric = new EditableValue<>(v -> validate(false));
    final EditableValue<String> value = new EditableValue<>(v -> validate(false));
    final EditableValue<String> n = new EditableValue<>(v -> validate(false));
    final EditableValue<LocalDate> date = new EditableValue<>(v -> { });
    final EditableValue<String> source = new EditableValue<>(v -> { });
    final EditableValue<EvidenceLevel> evidence = new EditableValue<>(v -> { });

    public MeasurementsViewModel(DocumentEditor editor) {
        this.editor = editor;
        clearForm();
    }

    /** Shows one touchpoint's measurements, or none when {@code id} is null (several selected). */
    public void load(String id, JourneyMap loaded) {
        boolean other = id == null || !id.equals(touchpointId);
        touchpointId = id;
        map = loaded;
        if (!metrics.equals(loaded.allMetrics())) {
            metrics.setAll(loaded.allMetrics());
        }
        List<Measurement> now = id == null ? List.of()
                : loaded.touchpoint(id).map(Touchpoint::measurements).orElse(List.of());
        if (!rows.equals(now)) {
            rows.setAll(now);
        }
        if (other || selected.get() >= rows.size()) {
            clearForm();
        }
    }

    /** Fills the form from a row, or empties it for a new measurement when {@code index} is -1. */
    public void select(int index) {
        if (index < 0 || index >= rows.size()) {
            clearForm();
            return;
        }
        selected.set(index);
        Measurement m = rows.get(index);
        metric.load(map == null ? MetricDefinition.builtIn(m.metric()) : map.metric(m.metric()).orElse(null), false);
        value.load(Numbers.format(m.value()), false);
        n.load(m.n() == null ? "" : m.n().toString(), false);
        date.load(m.date(), false);
        source.load(m.source(), false);
        evidence.load(m.evidence(), false);
    }

    /** Adds the form as a new measurement; returns false and shows the reasons when a field is invalid. */
    public boolean add() {
        Optional<Measurement> m = formMeasurement(null);
        m.ifPresent(valid -> {
            List<Measurement> next = new ArrayList<>(rows);
            next.add(valid);
            editor.setMeasurements(touchpointId, next, Text.of("step.addMeasurement"));
            clearForm();
        });
        return m.isPresent();
    }

    /** Adds one finished measurement (from the quick entry) as its own undo step; false with no touchpoint. */
    boolean append(Measurement m, Runnable endMerge) {
        if (touchpointId == null) {
            return false;
        }
        List<Measurement> next = new ArrayList<>(rows);
        next.add(m);
        // Measurement edits merge into one step while focus stays in the table; each quick add is its own.
        endMerge.run();
        editor.setMeasurements(touchpointId, next, Text.of("step.addMeasurement"));
        endMerge.run();
        return true;
    }

    /** Replaces the selected row with the form; returns false when a field is invalid. */
    public boolean apply() {
        int index = selected.get();
        if (index < 0 || index >= rows.size()) {
            return add();
        }
        Optional<Measurement> m = formMeasurement(rows.get(index));
        m.ifPresent(valid -> {
            List<Measurement> next = new ArrayList<>(rows);
            next.set(index, valid);
            editor.setMeasurements(touchpointId, next, Text.of("step.editMeasurement"));
        });
        return m.isPresent();
    }

    public void delete() {
        int index = selected.get();
        if (index < 0 || index >= rows.size()) {
            return;
        }
        List<Measurement> next = new ArrayList<>(rows);
        next.remove(index);
        editor.setMeasurements(touchpointId, next, Text.of("step.deleteMeasurement"));
        clearForm();
    }

    /** The measurement the form describes (keeping the period start of the row it edits), or empty if invalid. */
    private Optional<Measurement> formMeasurement(Measurement before) {
        if (touchpointId == null || !validate(true)) {
            return Optional.empty();
        }
        MetricDefinition def = metric.get();
        double v = Numbers.parse(value.get()).orElseThrow();
        Integer size = n.get() == null || n.get().isBlank() ? null : Integer.valueOf(digits(n.get()));
        // Editing the value invalidates an interval computed for the old value; keep it only if unchanged.
        boolean sameValue = before != null && before.value() == v && before.metric().equals(def.id());
        return Optional.of(new Measurement(def.id(), v, size, sameValue ? before.ciLow() : null,
                sameValue ? before.ciHigh() : null, before == null ? null : before.dateFrom(), date.get(),
                source.get(), evidence.get(), before == null ? "" : before.round()));
    }

    /**
     * Checks every field, shows each refusal under its field, and says whether all are valid. While the
     * user is still typing ({@code strict} false) an empty value is not yet called missing.
     */
    boolean validate(boolean strict) {
        return validate(metric, value, n, strict);
    }

    /** The checks of {@link #validate(boolean)} on any metric, value and n fields (the quick entry's too). */
    static boolean validate(EditableValue<MetricDefinition> metric, EditableValue<String> value,
                            EditableValue<String> n, boolean strict) {
        boolean ok = true;
        MetricDefinition def = metric.get();
        metric.errorProperty().set(def == null ? Messages.get("measurement.metric.required") : null);
        ok &= def != null;
        String text = value.get() == null ? "" : value.get().strip();
        OptionalDouble parsed = Numbers.parse(text);
        String valueError = null;
        if (text.isEmpty()) {
            valueError = strict ? Messages.get("measurement.value.required") : null;
            ok = false;
        } else if (parsed.isEmpty()) {
            valueError = Messages.format("measurement.value.notNumber", text);
        } else if (def != null && !def.contains(parsed.getAsDouble())) {
            valueError = Messages.format("measurement.value.outside", text, Messages.metricName(def),
                    Numbers.format(def.min()), Numbers.format(def.max()));
        }
        value.errorProperty().set(valueError);
        ok &= valueError == null;
        String size = n.get() == null ? "" : digits(n.get());
        boolean sizeOk = size.isEmpty() || size.matches("\\d{1,9}");
        n.errorProperty().set(sizeOk ? null : Messages.format("measurement.n.invalid", size));
        return ok && sizeOk;
    }

    /** A sample size as typed, without the spaces people put between thousands ("1 204"). */
    static String digits(String typed) {
        return typed.replaceAll("[\\s\u00A0\u202F]", "");
    }

    private void clearForm() {
        selected.set(-1);
        metric.load(MetricDefinition.builtIn(MetricDefinition.NPS), false);
        value.load("", false);
        n.load("", false);
        date.load(null, false);
        source.load("", false);
        evidence.load(EvidenceLevel.OBSERVED, false);
    }
}
