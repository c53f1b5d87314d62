package fi.polku.ui.inspector;

import atlantafx.base.theme.Styles;
import fi.polku.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * Builds an inspector page as a column of labelled fields, each with its own error line, and ends the
 * current undo step whenever focus leaves a field.
 */
final class Form {
    private final VBox box = new VBox();
    private final Runnable endMerge;
    private Node first;

    Form(String headingKey, Runnable endMerge) {
        this.endMerge = endMerge;
        box.getStyleClass().add("inspector-page");
        Label heading = new Label(Messages.get(headingKey));
        heading.getStyleClass().add("inspector-heading");
        box.getChildren().add(heading);
    }

    VBox box() {
        return box;
    }

    Node first() {
        return first;
    }

    /** A text field or area bound to a value; mixed values show as a hint, refusals in red below. */
    <C extends TextInputControl> C text(String labelKey, String id, C input, EditableValue<String> value) {
        input.textProperty().bindBidirectional(value.valueProperty());
        input.promptTextProperty().bind(Bindings.when(value.mixedProperty())
                .then(Messages.get("inspector.mixed")).otherwise(""));
        return field(labelKey, id, input, value);
    }

    /** A wrapping text area of a few rows bound to a value. */
    TextArea area(String labelKey, String id, EditableValue<String> value) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        return text(labelKey, id, area, value);
    }

    /** Adds any control under a label with an error line bound to {@code value}'s refusal. */
    <C extends Control> C field(String labelKey, String id, C control, EditableValue<?> value) {
        Label label = new Label(Messages.get(labelKey));
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        control.setId(id);
        control.setMaxWidth(Double.MAX_VALUE);
        control.setAccessibleText(label.getText());
        control.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                endMerge.run();
            }
        });
        VBox group = new VBox(3, label, control);
        if (value != null) {
            // Of these fields only the map's language ever refuses; a reserved line under each would waste room.
            group.getChildren().add(collapsingErrorLine(id, control, value));
        }
        box.getChildren().add(group);
        if (first == null) {
            first = control;
        }
        return control;
    }

    /**
     * A red message under a field and a red outline on it while its value is refused. The line keeps its
     * one-line height while empty, so a refusal appearing never moves the next field under the pointer; a
     * longer message ends in "…" and shows whole in its tooltip.
     */
    static Label errorLine(String id, Control control, EditableValue<?> value) {
        Label error = collapsingErrorLine(id, control, value);
        error.managedProperty().unbind();
        error.setManaged(true);
        error.getStyleClass().add("fixed-error");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(value.errorProperty());
        // Only while there is a message: an empty line would otherwise pop up an empty tooltip.
        value.errorProperty().addListener((o, was, now) -> error.setTooltip(now == null ? null : tip));
        return error;
    }

    /** A red message under a field that takes room only while shown, for fields that seldom refuse. */
    static Label collapsingErrorLine(String id, Control control, EditableValue<?> value) {
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(value.errorProperty());
        error.visibleProperty().bind(value.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        value.errorProperty().addListener((o, was, now) -> control.pseudoClassStateChanged(Styles.STATE_DANGER,
                now != null));
        return error;
    }

    void subheading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("inspector-subheading");
        box.getChildren().add(label);
    }

    /** A plain push button labelled from the bundle, for a page's actions. */
    static Button button(String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    void add(Node node) {
        box.getChildren().add(node);
    }
}
