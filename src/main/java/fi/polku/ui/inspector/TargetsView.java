package fi.polku.ui.inspector;

import fi.polku.ui.Messages;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One target field per metric, with the metric's scale beside it and its refusal below. */
final class TargetsView {
    private final TargetsViewModel model;
    private final GridPane grid = new GridPane();
    private final Runnable endMerge;

    TargetsView(TargetsViewModel model, Runnable endMerge) {
        this.model = model;
        this.endMerge = endMerge;
        grid.setHgap(10);
        grid.setVgap(4);
        model.rows.addListener((ListChangeListener<TargetsViewModel.Row>) c -> rebuild());
        rebuild();
    }

    Node view() {
        Label heading = new Label(Messages.get("inspector.targets"));
        heading.getStyleClass().add("inspector-subheading");
        return new VBox(6, heading, grid);
    }

    private void rebuild() {
        grid.getChildren().clear();
        int row = 0;
        for (TargetsViewModel.Row target : model.rows) {
            var metric = target.metric();
            Label name = new Label(Messages.metricName(metric));
            name.setMinWidth(80);
            TextField field = new TextField();
            field.setId("target-" + metric.id());
            field.setPrefColumnCount(6);
            field.setAccessibleText(Messages.format("inspector.targets.accessible", Messages.metricName(metric)));
            field.textProperty().bindBidirectional(target.text().valueProperty());
            field.promptTextProperty().bind(javafx.beans.binding.Bindings.when(target.text().mixedProperty())
                    .then(Messages.get("inspector.mixed")).otherwise(""));
            field.setOnAction(e -> model.apply(target));
            field.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    model.apply(target);
                    endMerge.run();
                }
            });
            name.setLabelFor(field);
            Label scale = new Label(Messages.format("inspector.targets.scale", Numbers.format(metric.min()),
                    Numbers.format(metric.max()), Messages.metricUnit(metric)));
            scale.getStyleClass().add("field-label");
            GridPane.setHgrow(field, Priority.ALWAYS);
            grid.add(name, 0, row);
            grid.add(field, 1, row);
            grid.add(scale, 2, row++);
            grid.add(Form.errorLine(field.getId(), field, target.text()), 1, row++, 2, 1);
        }
    }
}
