package fi.polku.ui.analysis;

import atlantafx.base.theme.Styles;
import fi.polku.io.survey.LabelTable;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import fi.polku.ui.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The label table of a wide survey import: the user's own labels first, editable, then the built-in scales,
 * read-only and greyed. Answers of the first rows that no label reads are offered as buttons that add them.
 */
final class LabelTablePane extends TitledPane {
    /** A row of the table; built-in rows cannot be edited. */
    static final class Entry {
        final boolean builtIn;
        final String metric;
        final StringProperty label = new SimpleStringProperty();
        final ObjectProperty<Double> value = new SimpleObjectProperty<>();

        Entry(boolean builtIn, String metric, String label, Double value) {
            this.builtIn = builtIn;
            this.metric = metric;
            this.label.set(label);
            this.value.set(value);
        }
    }

    private final TableView<Entry> table = new TableView<>();
    private final FlowPane unknown = new FlowPane(6, 4);
    private final Label unknownLabel = new Label(AnalysisText.text("import.labels.unknown"));
    private final HBox unknownRow = new HBox(8, unknownLabel, unknown);
    private Runnable onChange = () -> { };

    LabelTablePane() {
        setText(AnalysisText.text("import.labels"));
        setId("label-table");
        setExpanded(false);
        // Opened to edit a label just offered: the table must be in place at once to start editing.
        setAnimated(false);
        table.setEditable(true);
        table.setPrefHeight(150);
        table.setMinHeight(120);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Entry, String> label = new TableColumn<>(AnalysisText.text("import.labels.label"));
        label.setCellValueFactory(d -> d.getValue().label);
        label.setCellFactory(c -> editable(new TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter())));
        label.setOnEditCommit(e -> {
            e.getRowValue().label.set(e.getNewValue() == null ? "" : e.getNewValue().strip());
            onChange.run();
        });
        label.setPrefWidth(340);
        TableColumn<Entry, Double> value = new TableColumn<>(AnalysisText.text("import.labels.value"));
        value.setCellValueFactory(d -> d.getValue().value);
        value.setCellFactory(c -> editable(new TextFieldTableCell<>(numbers())));
        value.setOnEditCommit(e -> {
            e.getRowValue().value.set(e.getNewValue());
            onChange.run();
        });
        value.setPrefWidth(90);
        TableColumn<Entry, String> metric = new TableColumn<>(AnalysisText.text("import.labels.metric"));
        metric.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().metric == null
                ? AnalysisText.text("import.labels.anyMetric")
                : Messages.metricName(MetricDefinition.builtIn(d.getValue().metric))));
        metric.setEditable(false);
        table.getColumns().setAll(List.of(label, value, metric));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                setOpacity(item != null && item.builtIn ? 0.6 : 1);
            }
        });
        Button add = new Button(AnalysisText.text("import.labels.add"));
        add.setId("add-label");
        add.setOnAction(e -> add(""));
        unknownLabel.getStyleClass().add(Styles.WARNING);
        unknownRow.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(AnalysisText.text("import.labels.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        HBox buttons = new HBox(8, add, hint);
        buttons.setAlignment(Pos.CENTER_LEFT);
        setContent(new VBox(6, table, buttons));
        setTable(LabelTable.builtIn());
        setUnknown(List.of());
    }

    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Lists a table's labels: the user's first (editable), then the built-in ones. */
    void setTable(LabelTable labels) {
        table.getItems().setAll(labels.entries().stream().map(e -> new Entry(e.metric() != null, e.metric(),
                e.label(), e.value())).toList());
    }

    /** Offers answers no label reads, one button each; an empty list hides the offer. */
    void setUnknown(List<String> labels) {
        unknown.getChildren().setAll(labels.stream().limit(12).map(l -> {
            Button b = new Button("+ " + l);
            b.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
            b.setOnAction(e -> add(l));
            return b;
        }).toList());
        unknownRow.setVisible(!labels.isEmpty());
        unknownRow.setManaged(!labels.isEmpty());
        setText(labels.isEmpty() ? AnalysisText.text("import.labels")
                : AnalysisText.text("import.labels.withUnknown", labels.size()));
    }

    /** The offer of unknown answers, shown above the table so that it is seen while the table is closed. */
    HBox unknownOffer() {
        return unknownRow;
    }

    /** Adds a user's label and starts editing its number (its text when it has none). */
    void add(String text) {
        Entry entry = new Entry(false, null, text, null);
        int at = (int) table.getItems().stream().filter(e -> !e.builtIn).count();
        table.getItems().add(at, entry);
        table.getSelectionModel().select(at);
        table.scrollTo(at);
        setExpanded(true);
        onChange.run();
        // Editing starts once the opened table has laid out its new row.
        javafx.application.Platform.runLater(() -> {
            table.requestFocus();
            table.edit(at, table.getColumns().get(text.isEmpty() ? 0 : 1));
        });
    }

    /** The built-in scales with the user's labels that have both a text and a number. */
    LabelTable labels() {
        LabelTable t = LabelTable.builtIn();
        for (Map.Entry<String, Double> e : userLabels().entrySet()) {
            t = t.with(e.getKey(), e.getValue());
        }
        return t;
    }

    /** The user's complete labels, in table order. */
    Map<String, Double> userLabels() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Entry e : table.getItems()) {
            if (!e.builtIn && e.label.get() != null && !e.label.get().isBlank() && e.value.get() != null) {
                out.put(e.label.get().strip(), e.value.get());
            }
        }
        return out;
    }

    TableView<Entry> table() {
        return table;
    }

    private static <T> TextFieldTableCell<Entry, T> editable(TextFieldTableCell<Entry, T> cell) {
        cell.editableProperty().bind(cell.tableRowProperty().flatMap(TableRow::itemProperty).map(e -> !e.builtIn)
                .orElse(false));
        return cell;
    }

    private static StringConverter<Double> numbers() {
        return new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : Formats.number(Localization.ui(), v, v == Math.rint(v) ? 0 : 2);
            }

            @Override
            public Double fromString(String s) {
                String t = s == null ? "" : s.strip().replace(',', '.').replace('−', '-');
                try {
                    return t.isEmpty() ? null : new BigDecimal(t).doubleValue();
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        };
    }
}
