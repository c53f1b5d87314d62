package fi.polku.ui.vocabulary;

import fi.polku.edit.Command;
import fi.polku.edit.DefineMetric;
import fi.polku.edit.DeleteMetric;
import fi.polku.edit.MetricRules;
import fi.polku.layout.MetricLabels;
import fi.polku.model.JourneyMap;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Localization;
import fi.polku.text.Text;
import fi.polku.ui.DialogButtons;
import fi.polku.ui.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Metrics…: the map's own metrics in a list beside the form of the chosen one. Adding, saving a change and
 * deleting each run at once as one undo step; a metric that measurements use is not deleted, and the
 * dialog says why. The built-in metrics are always there and are not listed.
 */
public final class CustomMetricsDialog extends Dialog<Void> {
    private final Supplier<JourneyMap> map;
    private final Consumer<Command> run;
    private final ListView<MetricDefinition> list = new ListView<>();
    private final MetricForm form = new MetricForm();
    private final Button save = new Button();
    private final Button delete = new Button(Messages.get("metrics.delete"));
    private final Label status = new Label();

    /** A dialog over the map {@code map} gives, changed only through commands given to {@code run}. */
    public CustomMetricsDialog(Supplier<JourneyMap> map, Consumer<Command> run) {
        this.map = map;
        this.run = run;
        setTitle(Messages.get("metrics.title"));
        setHeaderText(Messages.get("metrics.header"));
        getDialogPane().setId("custom-metrics");
        getDialogPane().getButtonTypes().add(DialogButtons.close());
        list.setId("metrics-list");
        list.setPrefSize(310, 260);
        list.setPlaceholder(new Label(Messages.get("metrics.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(MetricDefinition m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : describe(m));
            }
        });
        Button add = new Button(Messages.get("metrics.new"));
        add.setId("metrics-new");
        add.setOnAction(e -> list.getSelectionModel().clearSelection());
        delete.setId("metrics-delete");
        delete.setOnAction(e -> deleteChosen());
        save.setId("metrics-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> saveForm());
        status.setId("metrics-status");
        status.setWrapText(true);
        status.setMaxWidth(520);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> chosen(now));
        VBox left = new VBox(6, list, new HBox(6, add, delete));
        VBox right = new VBox(8, form.node(), save);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox content = new VBox(10, new HBox(16, left, right), status);
        content.setPadding(new Insets(4, 12, 0, 12));
        // The list and the form side by side need this much; a dialog otherwise opens at its header's width.
        content.setMinWidth(740);
        getDialogPane().setContent(content);
        setResizable(true);
        reload(null);
    }

    /** The form, for tests that type into it as a user would. */
    MetricForm form() {
        return form;
    }

    /** "Queue time (0–30 min, lower is better)". */
    static String describe(MetricDefinition m) {
        String choice = Messages.get("metricDirection." + m.direction().name());
        // Mid-sentence in the list ("Queue time (0–30 min, lower is better)"), the choice's words start small.
        String better = choice.isEmpty() ? choice
                : choice.substring(0, 1).toLowerCase(Localization.ui()) + choice.substring(1);
        if (m.isYesNo()) {
            return Messages.format("metrics.item.yesNo", m.name(), better);
        }
        String unit = MetricLabels.unit(m, Localization.ui());
        String range = MetricForm.number(m.min()) + "–" + MetricForm.number(m.max()) + (unit.isEmpty() ? "" : " " + unit);
        return Messages.format("metrics.item", m.name(), range, better);
    }

    private void chosen(MetricDefinition m) {
        status.setText(null);
        if (m == null) {
            form.clear();
            save.setText(Messages.get("metrics.add"));
        } else {
            form.load(m);
            save.setText(Messages.get("metrics.save"));
        }
        delete.setDisable(m == null);
    }

    private void saveForm() {
        MetricDefinition chosen = list.getSelectionModel().getSelectedItem();
        JourneyMap now = map.get();
        String id = chosen != null ? chosen.id() : DefineMetric.newId(now, form.name.getText());
        form.read(now, id).ifPresent(m -> {
            run.accept(DefineMetric.of(now, m));
            reload(id);
            status.setText(Messages.format(chosen == null ? "metrics.added" : "metrics.saved", m.name()));
        });
    }

    private void deleteChosen() {
        MetricDefinition chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        JourneyMap now = map.get();
        Text refusal = MetricRules.deletionRefusal(now, chosen.id());
        if (refusal != null) {
            status.setText(refusal.in(Localization.ui()));
            return;
        }
        run.accept(DeleteMetric.of(now, chosen.id()));
        reload(null);
        status.setText(Messages.format("metrics.deleted", chosen.name()));
    }

    /** Lists the map's metrics again and chooses {@code id}, or none for a new one. */
    private void reload(String id) {
        list.getItems().setAll(map.get().metrics());
        MetricDefinition pick = list.getItems().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
        if (pick == null) {
            list.getSelectionModel().clearSelection();
            chosen(null);
        } else {
            list.getSelectionModel().select(pick);
        }
    }
}
