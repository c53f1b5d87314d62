package fi.polku.ui.inspector;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import fi.polku.ui.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.function.Function;

/** The measurements table of one touchpoint with a form below it to add, edit and delete rows. */
final class MeasurementsView {
    private final MeasurementsViewModel model;
    private final VBox box = new VBox(6);

    MeasurementsView(MeasurementsViewModel model, Runnable endMerge) {
        this.model = model;
        Node quick = new QuickEntryView(new QuickEntryModel(model, endMerge)).view();
        Label heading = new Label(Messages.get("inspector.measurements"));
        heading.getStyleClass().add("inspector-subheading");

        TableView<Measurement> table = new TableView<>(model.rows);
        table.setId("measurements-table");
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("inspector.measurements.none")));
        table.getColumns().add(column("measurement.metric", m -> metricName(m.metric())));
        table.getColumns().add(column("measurement.value", m -> Numbers.format(m.value())));
        table.getColumns().add(column("measurement.n", m -> m.n() == null ? "" : Formats.count(Localization.ui(), m.n())));
        table.getColumns().add(column("measurement.date", m -> m.date() == null ? "" : Formats.date(Localization.ui(), m.date())));
        table.getColumns().add(column("measurement.source", Measurement::source));
        // Room for a whole date (31.10.2026, Oct 31, 2026) and a sample size (1 204); the source takes the rest.
        double[] widths = {62, 50, 48, 92};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setMinWidth(widths[i]);
        }
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> model.select(now.intValue()));
        model.selected.addListener((o, was, now) -> {
            if (now.intValue() < 0) {
                table.getSelectionModel().clearSelection();
            }
        });

        ChoiceBox<MetricDefinition> metric = new ChoiceBox<>(model.metrics);
        metric.setId("measurement-metric");
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(MetricDefinition def) {
                return def == null ? "" : Messages.metricName(def);
            }

            @Override
            public MetricDefinition fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse text");
            }
        });
        metric.valueProperty().bindBidirectional(model.metric.valueProperty());
        TextField value = bound(new TextField(), "measurement-value", model.value);
        TextField n = bound(new TextField(), "measurement-n", model.n);
        TextField source = bound(new TextField(), "measurement-source", model.source);
        DatePicker date = new DatePicker();
        date.setId("measurement-date");
        date.setConverter(tolerantDates(model.date));
        date.valueProperty().bindBidirectional(model.date.valueProperty());
        ChoiceBox<EvidenceLevel> evidence = new ChoiceBox<>(FXCollections.observableArrayList(EvidenceLevel.values()));
        evidence.setId("measurement-evidence");
        evidence.setConverter(EnumText.converter());
        evidence.valueProperty().bindBidirectional(model.evidence.valueProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        for (int i = 0; i < 2; i++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().add(half);
        }
        row(grid, 0, "measurement.metric", metric, model.metric, "measurement.value", value, model.value);
        row(grid, 2, "measurement.n", n, model.n, "measurement.date", date, model.date);
        row(grid, 4, "measurement.source", source, model.source, "measurement.evidence", evidence, model.evidence);

        Button add = button("measurement-add", "inspector.measurements.add", model::add);
        Button apply = button("measurement-apply", "inspector.measurements.apply", model::apply);
        Button delete = button("measurement-delete", "inspector.measurements.delete", model::delete);
        Button fresh = button("measurement-new", "inspector.measurements.new", () -> model.select(-1));
        apply.disableProperty().bind(model.selected.lessThan(0));
        delete.disableProperty().bind(model.selected.lessThan(0));
        box.getChildren().addAll(quick, heading, table, grid, new HBox(6, add, apply, delete, fresh));
        box.focusWithinProperty().addListener((o, was, within) -> {
            if (!within) {
                endMerge.run();
            }
        });
    }

    Node view() {
        return box;
    }

    private String metricName(String id) {
        return model.metrics.stream().filter(m -> m.id().equals(id)).map(Messages::metricName).findFirst().orElse(id);
    }

    private static TableColumn<Measurement, String> column(String key, Function<Measurement, String> text) {
        TableColumn<Measurement, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    private static TextField bound(TextField field, String id, EditableValue<String> value) {
        field.setId(id);
        field.textProperty().bindBidirectional(value.valueProperty());
        return field;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Two labelled fields side by side, each with its error line below. */
    private static void row(GridPane grid, int row, String leftKey, javafx.scene.control.Control left,
                            EditableValue<?> leftValue, String rightKey, javafx.scene.control.Control right,
                            EditableValue<?> rightValue) {
        grid.add(label(leftKey, left), 0, row);
        grid.add(label(rightKey, right), 1, row);
        grid.add(new VBox(2, left, Form.errorLine(left.getId(), left, leftValue)), 0, row + 1);
        grid.add(new VBox(2, right, Form.errorLine(right.getId(), right, rightValue)), 1, row + 1);
        left.setMaxWidth(Double.MAX_VALUE);
        right.setMaxWidth(Double.MAX_VALUE);
    }

    private static Label label(String key, javafx.scene.control.Control control) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        control.setAccessibleText(label.getText());
        return label;
    }

    /**
     * Dates as the user-interface language writes them (3.11.2026 in Finnish), typed back in that form, as
     * d.M.yyyy or ISO; text that is not a date is refused with a message instead of an exception.
     */
    static StringConverter<LocalDate> tolerantDates(EditableValue<LocalDate> field) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : Formats.date(Localization.ui(), date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    field.errorProperty().set(null);
                    return null;
                }
                LocalDate parsed = Formats.parseDate(Localization.ui(), text).orElse(null);
                field.errorProperty().set(parsed == null
                        ? Messages.format("measurement.date.invalid", text.strip()) : null);
                return parsed == null ? field.get() : parsed;
            }
        };
    }
}
