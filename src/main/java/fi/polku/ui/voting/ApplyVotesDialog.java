package fi.polku.ui.voting;

import fi.polku.edit.ApplyVotes;
import fi.polku.edit.VoteScaling;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Formats;
import fi.polku.text.Localization;
import fi.polku.ui.DialogButtons;
import fi.polku.ui.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Apply Votes…: shows what the dots would make of each card's importance before anything changes (card,
 * dots, importance now → after), with a choice of scaling by rank or in proportion and of what happens to
 * cards without dots; OK gives the one command that applies it all as one undo step.
 */
final class ApplyVotesDialog extends Dialog<ApplyVotes> {
    /** One line of the preview. */
    record Row(String title, int votes, Double before, Double after) {
    }

    private final JourneyMap map;
    private final ToggleGroup scaling = new ToggleGroup();
    private final ToggleGroup unvoted = new ToggleGroup();
    private final TableView<Row> table = new TableView<>();

    ApplyVotesDialog(JourneyMap map) {
        this.map = map;
        setTitle(Messages.get("applyVotes.title"));
        setHeaderText(Messages.get("applyVotes.header"));
        ButtonType apply = DialogButtons.of("applyVotes.ok", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(apply, DialogButtons.cancel());
        getDialogPane().setId("apply-votes");
        RadioButton rank = radio("apply-rank", "applyVotes.rank", scaling, VoteScaling.RANK);
        RadioButton proportional = radio("apply-proportional", "applyVotes.proportional", scaling,
                VoteScaling.PROPORTIONAL);
        RadioButton keep = radio("apply-keep", "applyVotes.keep", unvoted, Boolean.FALSE);
        RadioButton one = radio("apply-one", "applyVotes.one", unvoted, Boolean.TRUE);
        rank.setSelected(true);
        keep.setSelected(true);
        GridPane choices = new GridPane();
        choices.setHgap(16);
        choices.setVgap(6);
        choices.addRow(0, bold("applyVotes.scaling"), new VBox(4, rank, proportional));
        choices.addRow(1, bold("applyVotes.unvoted"), new VBox(4, keep, one));
        table.setId("apply-votes-table");
        table.getColumns().add(column("applyVotes.card", r -> r.title(), 330));
        table.getColumns().add(column("applyVotes.votes", r -> Formats.count(Localization.ui(), r.votes()), 60));
        table.getColumns().add(column("applyVotes.change", r -> Messages.format("applyVotes.changeCell",
                importance(r.before()), importance(r.after())), 190));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(300);
        scaling.selectedToggleProperty().addListener(o -> preview());
        unvoted.selectedToggleProperty().addListener(o -> preview());
        preview();
        VBox content = new VBox(12, choices, table);
        content.setPadding(new Insets(10, 12, 4, 12));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(700);
        getDialogPane().setMinWidth(660);
        setResizable(true);
        setResultConverter(button -> button == apply ? command() : null);
    }

    /** The command the choices make. */
    ApplyVotes command() {
        return new ApplyVotes((VoteScaling) scaling.getSelectedToggle().getUserData(),
                (Boolean) unvoted.getSelectedToggle().getUserData());
    }

    /** The voted cards from most dots down, then any others whose importance would change. */
    static List<Row> rows(JourneyMap map, ApplyVotes command) {
        Map<String, Integer> counts = map.voting().counts();
        Map<String, Double> after = command.importances(map);
        List<Row> rows = new ArrayList<>();
        for (Touchpoint t : map.touchpoints()) {
            Double next = after.get(t.id());
            int votes = counts.getOrDefault(t.id(), 0);
            if (next != null && (votes > 0 || !next.equals(t.importance()))) {
                rows.add(new Row(t.title(), votes, t.importance(), next));
            }
        }
        rows.sort(Comparator.comparingInt(Row::votes).reversed());
        return rows;
    }

    private void preview() {
        if (scaling.getSelectedToggle() != null && unvoted.getSelectedToggle() != null) {
            table.setItems(FXCollections.observableList(rows(map, command())));
        }
    }

    private static String importance(Double value) {
        return value == null ? Messages.get("applyVotes.unrated") : Formats.number(Localization.ui(), value, 1);
    }

    private static RadioButton radio(String id, String key, ToggleGroup group, Object value) {
        RadioButton b = new RadioButton(Messages.get(key));
        b.setId(id);
        b.setToggleGroup(group);
        b.setUserData(value);
        return b;
    }

    private static Label bold(String key) {
        Label l = new Label(Messages.get(key));
        l.setStyle("-fx-font-weight: bold;");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static TableColumn<Row, String> column(String key, java.util.function.Function<Row, String> value,
                                                   double width) {
        TableColumn<Row, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
