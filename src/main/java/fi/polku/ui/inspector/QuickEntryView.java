package fi.polku.ui.inspector;

import atlantafx.base.theme.Styles;
import fi.polku.model.MetricDefinition;
import fi.polku.ui.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The quick entry row above the measurements table: metric, value, n, date and Enter. Its one message
 * line has a fixed height, so a refusal appearing never moves the fields under the pointer.
 */
final class QuickEntryView {
    private final QuickEntryModel model;
    private final VBox box;
    private final TextField value = new TextField();

    QuickEntryView(QuickEntryModel model) {
        this.model = model;
        ComboBox<MetricDefinition> metric = new ComboBox<>(model.metrics);
        metric.setId("quick-metric");
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(MetricDefinition def) {
                return def == null ? "" : Messages.metricName(def);
            }

            @Override
            public MetricDefinition fromString(String text) {
                return model.metrics.stream().filter(m -> m.name().equals(text)).findFirst().orElse(null);
            }
        });
        metric.valueProperty().bindBidirectional(model.metric.valueProperty());
        value.setId("quick-value");
        value.textProperty().bindBidirectional(model.value.valueProperty());
        value.setPrefColumnCount(3);
        TextField n = new TextField();
        n.setId("quick-n");
        n.textProperty().bindBidirectional(model.n.valueProperty());
        n.setPrefColumnCount(2);
        DatePicker date = new DatePicker();
        date.setId("quick-date");
        date.setConverter(MeasurementsView.tolerantDates(model.date));
        date.valueProperty().bindBidirectional(model.date.valueProperty());
        date.setPrefWidth(136);
        date.setMinWidth(132);
        Button add = new Button(Messages.get("quick.add"));
        add.setId("quick-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> addAndStay());
        danger(metric, model.metric);
        danger(value, model.value);
        danger(n, model.n);
        danger(date, model.date);

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(grow, new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints());
        Control[] fields = {metric, value, n, date};
        String[] keys = {"quick.metric", "quick.value", "quick.n", "quick.date"};
        for (int i = 0; i < fields.length; i++) {
            Label label = new Label(Messages.get(keys[i]));
            label.getStyleClass().add("field-label");
            label.setLabelFor(fields[i]);
            fields[i].setAccessibleText(Messages.get("quick.heading") + ", " + label.getText());
            fields[i].setMaxWidth(Double.MAX_VALUE);
            grid.add(label, i, 0);
            grid.add(fields[i], i, 1);
        }
        metric.setMinWidth(80);

        Label message = new Label();
        message.setId("quick-message");
        message.getStyleClass().add("quick-message");
        message.textProperty().bind(model.message);
        message.setTooltip(new Tooltip());
        message.getTooltip().textProperty().bind(model.message);
        model.refused.addListener((o, was, now) -> message.pseudoClassStateChanged(Styles.STATE_DANGER, now));
        message.setWrapText(false);
        message.setMaxWidth(Double.MAX_VALUE);

        Label heading = new Label(Messages.get("quick.heading"));
        heading.getStyleClass().add("inspector-subheading");
        // The button sits beside the message line so that the fields keep the row's width; Enter is the fast way.
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox last = new HBox(8, message, add);
        last.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(4, heading, grid, last);
        box.setId("quick-entry");
        // A filter, not a handler: the date picker and the combo box keep Enter to themselves otherwise.
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !metric.isShowing() && !date.isShowing()) {
                if (date.isFocused() || date.getEditor().isFocused()) {
                    date.setValue(date.getConverter().fromString(date.getEditor().getText()));
                }
                addAndStay();
                e.consume();
            }
        });
    }

    Node view() {
        return box;
    }

    /** Adds the row; after an addition the value field takes focus for the next measurement. */
    private void addAndStay() {
        if (model.add()) {
            value.requestFocus();
        }
    }

    private static void danger(Control control, EditableValue<?> value) {
        value.errorProperty().addListener((o, was, now) -> control.pseudoClassStateChanged(Styles.STATE_DANGER,
                now != null));
    }
}
