package fi.polku.ui.inspector;

import fi.polku.model.JourneyMap;
import javafx.scene.Node;

import java.util.List;

/** The inspector's view for one kind of selection (map, stage, lane or touchpoints). */
public interface InspectorPage {
    Node view();

    /** Shows the selected items of {@code map}; called again after every change of the map. */
    void show(List<String> ids, JourneyMap map);

    /** Puts keyboard focus into the page's first field. */
    void focusFirstField();
}
