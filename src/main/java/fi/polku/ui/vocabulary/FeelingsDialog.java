package fi.polku.ui.vocabulary;

import fi.polku.edit.SetFeelings;
import fi.polku.model.Feeling;
import fi.polku.model.FeelingVocabulary;
import fi.polku.model.JourneyMap;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import fi.polku.ui.DialogButtons;
import fi.polku.ui.Messages;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Feelings…: the map's words for feelings, each with its place on the −3..+3 axis, to add, rename, move
 * and delete. OK gives the one command that makes the whole edit one undo step; a map that keeps the
 * built-in words unchanged keeps no vocabulary of its own.
 */
public final class FeelingsDialog extends Dialog<SetFeelings> {
    /** One editable line: the feeling's id (kept when renamed), its name and its value. */
    private record Row(String id, TextField name, TextField value, HBox node) {
    }

    private final JourneyMap map;
    private final VBox rows = new VBox(4);
    private final List<Row> lines = new ArrayList<>();
    private final Label problems = new Label();

    public FeelingsDialog(JourneyMap map) {
        this.map = map;
        Locale language = Localization.ofTag(map.language());
        setTitle(Messages.get("feelings.title"));
        setHeaderText(Messages.get(map.feelings().isEmpty() ? "feelings.header.builtIn" : "feelings.header.own"));
        getDialogPane().setId("feelings");
        ButtonType ok = DialogButtons.ok();
        getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        rows.setId("feelings-rows");
        FeelingVocabulary.of(map, language).forEach(this::addRow);
        Button add = new Button(Messages.get("feelings.add"));
        add.setId("feelings-add");
        add.setOnAction(e -> addRow(null).name().requestFocus());
        Button builtIn = new Button(Messages.get("feelings.builtIn"));
        builtIn.setId("feelings-built-in");
        builtIn.setOnAction(e -> {
            rows.getChildren().clear();
            lines.clear();
            FeelingVocabulary.builtIn(language).forEach(this::addRow);
        });
        problems.setId("feelings-problems");
        problems.getStyleClass().add("fixed-error");
        problems.setWrapText(true);
        Label hint = new Label(Messages.get("feelings.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("mixed-hint");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(300);
        VBox content = new VBox(8, hint, scroll, new HBox(6, add, builtIn), problems);
        content.setPadding(new javafx.geometry.Insets(4, 12, 0, 12));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(460);
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (read().isEmpty()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == ok ? read().map(list -> SetFeelings.of(map, list)).orElse(null) : null);
    }

    /** The vocabulary as typed, or empty with the reasons shown under the rows. */
    Optional<List<Feeling>> read() {
        List<String> reasons = new ArrayList<>();
        List<Feeling> out = new ArrayList<>();
        Set<String> taken = lines.stream().map(Row::id).filter(id -> id != null).collect(Collectors.toCollection(HashSet::new));
        for (Row r : lines) {
            Optional<Double> v = Formats.parseNumber(r.value().getText());
            if (v.isEmpty()) {
                reasons.add(Messages.format("feelings.notANumber", r.name().getText().strip(), r.value().getText()));
                continue;
            }
            String id = r.id() != null ? r.id() : SetFeelings.newId(r.name().getText(), taken);
            taken.add(id);
            out.add(new Feeling(id, r.name().getText().strip(), v.get()));
        }
        if (reasons.isEmpty()) {
            SetFeelings.problems(out).forEach(t -> reasons.add(t.in(Localization.ui())));
        }
        problems.setText(reasons.isEmpty() ? null : String.join("\n", reasons));
        return reasons.isEmpty() ? Optional.of(out) : Optional.empty();
    }

    private Row addRow(Feeling f) {
        TextField name = new TextField(f == null ? "" : f.name());
        name.setId("feeling-name-" + lines.size());
        name.setPromptText(Messages.get("feelings.name"));
        HBox.setHgrow(name, Priority.ALWAYS);
        TextField value = new TextField(f == null ? "0" : MetricForm.number(f.emotion()));
        value.setId("feeling-value-" + lines.size());
        value.setPrefColumnCount(3);
        value.setAccessibleText(Messages.get("feelings.value"));
        Button delete = new Button(Messages.get("feelings.delete"));
        delete.setId("feeling-delete-" + lines.size());
        HBox node = new HBox(6, name, value, delete);
        node.setAlignment(Pos.CENTER_LEFT);
        Row row = new Row(f == null ? null : f.id(), name, value, node);
        delete.setOnAction(e -> {
            lines.remove(row);
            rows.getChildren().remove(node);
        });
        lines.add(row);
        rows.getChildren().add(node);
        return row;
    }
}
