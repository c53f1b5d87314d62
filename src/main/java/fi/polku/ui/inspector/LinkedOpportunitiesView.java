package fi.polku.ui.inspector;

import fi.polku.metrics.ValueFormula;
import fi.polku.model.JourneyMap;
import fi.polku.model.Opportunity;
import fi.polku.text.Localization;
import fi.polku.ui.Messages;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Consumer;

/**
 * The opportunities that link the one selected touchpoint, each a link that opens it, with its yearly
 * value: the way from a card of the opportunities lane to the opportunity behind it.
 */
final class LinkedOpportunitiesView {
    private final VBox box = new VBox(2);
    private final VBox links = new VBox(2);
    private final Consumer<String> open;

    LinkedOpportunitiesView(Consumer<String> open) {
        this.open = open;
        Label heading = new Label(Messages.get("inspector.touchpoint.opportunities"));
        heading.getStyleClass().add("inspector-subheading");
        box.getChildren().addAll(heading, links);
        box.managedProperty().bind(box.visibleProperty());
    }

    Node view() {
        return box;
    }

    void show(List<String> ids, JourneyMap map) {
        List<Opportunity> linked = ids.size() != 1 ? List.of() : map.opportunities().stream()
                .filter(o -> o.touchpointIds().contains(ids.getFirst())).toList();
        box.setVisible(!linked.isEmpty());
        links.getChildren().clear();
        for (Opportunity o : linked) {
            String text = o.text().isBlank() ? "—" : o.text();
            Hyperlink link = new Hyperlink(o.estimate() == null ? text
                    : Messages.format("inspector.touchpoint.opportunity", text,
                    ValueFormula.perYear(o.estimate().yearlyValue(), o.estimate().currency(), Localization.ui())));
            link.setId("touchpoint-opportunity-" + o.id());
            link.setWrapText(true);
            link.setOnAction(e -> open.accept(o.id()));
            links.getChildren().add(link);
        }
    }
}
