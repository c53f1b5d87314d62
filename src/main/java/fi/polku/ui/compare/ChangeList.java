package fi.polku.ui.compare;

import fi.polku.layout.ChangeText;
import fi.polku.layout.MetricLabels;
import fi.polku.metrics.MapComparison;
import fi.polku.metrics.MetricChange;
import fi.polku.model.diff.FieldChange;
import fi.polku.model.diff.ItemChange;
import fi.polku.model.diff.ItemKind;
import fi.polku.text.Localization;
import fi.polku.ui.Messages;
import fi.polku.ui.state.CompareState;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The changes of the compare view beside the canvas, one line each: cards added, removed, moved or changed,
 * then every card's change in its key metric with the verdict. Clicking a line selects its card.
 */
public final class ChangeList extends VBox {
    /** One line: the card it is about (null when the card is no longer on the map) and its words. */
    public record Line(String touchpointId, String text, String styleClass) {
    }

    private final Label heading = new Label();
    private final ListView<Line> list = new ListView<>();

    /** @param select told the id of a card whose line was clicked */
    public ChangeList(CompareState state, Consumer<String> select) {
        super(6);
        setId("compare-changes");
        setPadding(new Insets(8));
        setPrefWidth(300);
        heading.setWrapText(true);
        heading.setStyle("-fx-font-weight: bold;");
        Button end = new Button(Messages.get("compare.end"));
        end.setId("end-compare");
        end.setOnAction(e -> state.end());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Line item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("verdict-improved", "verdict-worsened", "verdict-no-clear-change",
                        "verdict-not-comparable");
                setText(empty || item == null ? null : item.text());
                setWrapText(true);
                setPrefWidth(0);
                if (!empty && item != null && item.styleClass() != null) {
                    getStyleClass().add(item.styleClass());
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.touchpointId() != null) {
                select.accept(now.touchpointId());
            }
        });
        list.setPlaceholder(new Label(Messages.get("compare.noChanges")));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list, end);
        state.shownProperty().addListener((o, was, now) -> show(now, state.labelProperty().get()));
    }

    public List<Line> lines() {
        return List.copyOf(list.getItems());
    }

    private void show(MapComparison c, String label) {
        heading.setText(Messages.format("compare.list.title", label));
        list.getItems().setAll(c == null ? List.of() : lines(c, Localization.ui()));
    }

    /** The lines of a comparison in {@code language}: structure first, then the score changes. */
    static List<Line> lines(MapComparison c, Locale language) {
        List<Line> out = new ArrayList<>();
        for (ItemChange ch : c.diff().of(ItemKind.TOUCHPOINT)) {
            String id = ch.status() == ItemChange.Status.REMOVED ? null : ch.id();
            String text = switch (ch.status()) {
                case ADDED -> Localization.format(language, "compare.added", ch.title());
                case REMOVED -> Localization.format(language, "compare.removed", ch.title());
                case CHANGED -> ch.moved() && ch.changed()
                        ? Localization.format(language, "compare.movedChanged", ch.title(), fields(ch, language))
                        : ch.moved() ? Localization.format(language, "compare.moved", ch.title())
                        : Localization.format(language, "compare.changed", ch.title(), fields(ch, language));
            };
            out.add(new Line(id, text, null));
        }
        for (Map.Entry<String, MetricChange> e : c.cardChanges().entrySet()) {
            MetricChange m = e.getValue();
            out.add(new Line(e.getKey(), Localization.format(language, "compare.score", m.touchpoint().title(),
                    MetricLabels.name(m.metric(), language), ChangeText.change(m.metric(), m.delta(), language),
                    ChangeText.verdict(m, language)),
                    "verdict-" + m.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        return out;
    }

    /** The changed fields as a person names them ("title, importance"). */
    private static String fields(ItemChange ch, Locale language) {
        List<String> names = new ArrayList<>();
        for (FieldChange f : ch.fields()) {
            String key = "cli.diff.field." + f.field();
            names.add(Localization.has(key) ? Localization.text(language, key) : f.field());
        }
        return String.join(", ", names);
    }
}
