package fi.polku.ui.analysis;

import fi.polku.model.JourneyMap;

import java.util.function.Consumer;

/**
 * A view of a map's customer-experience analysis that the main window hosts: it shows the map it is
 * given and tells the window which touchpoint the user clicked, so that the canvas can select it.
 */
public interface AnalysisView {
    /** Shows this map; called again with the new map after every edit. Null shows nothing. */
    void setMap(JourneyMap map);

    /** Told the id of a touchpoint the user clicked in this view. */
    void setOnTouchpointClicked(Consumer<String> onClick);
}
