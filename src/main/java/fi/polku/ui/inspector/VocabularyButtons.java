package fi.polku.ui.inspector;

import fi.polku.edit.Command;
import fi.polku.model.JourneyMap;
import fi.polku.ui.DialogPlacement;
import fi.polku.ui.Messages;
import fi.polku.ui.vocabulary.CustomMetricsDialog;
import fi.polku.ui.vocabulary.FeelingsDialog;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** The map page's way to the map's own words: its custom metrics and its words for feelings, each in a dialog. */
final class VocabularyButtons {
    private VocabularyButtons() {
    }

    /** The hint and buttons under the subheading "Metrics and feelings". */
    static Node of(Supplier<JourneyMap> map, Consumer<Command> run) {
        Label hint = new Label(Messages.get("inspector.map.vocabulary.hint"));
        hint.getStyleClass().add("mixed-hint");
        hint.setWrapText(true);
        Button metrics = Form.button("inspector.map.metrics", () -> { });
        metrics.setId("map-metrics");
        metrics.setOnAction(e -> DialogPlacement.centred(new CustomMetricsDialog(map, run),
                metrics.getScene().getWindow()).showAndWait());
        Button feelings = Form.button("inspector.map.feelings", () -> { });
        feelings.setId("map-feelings");
        feelings.setOnAction(e -> DialogPlacement.centred(new FeelingsDialog(map.get()), feelings.getScene().getWindow())
                .showAndWait().ifPresent(run));
        return new VBox(4, hint, new HBox(6, metrics, feelings));
    }
}
