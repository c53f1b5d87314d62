package fi.polku.ui.analysis;

import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;

import java.util.Locale;

/**
 * The language an analysis picture speaks: the map's, on screen as in every export, as the map canvas
 * itself does; the controls around it speak the user-interface language.
 */
final class ChartLanguage {
    private ChartLanguage() {
    }

    static Locale of(JourneyMap map) {
        return Localization.ofTag(map.language());
    }
}
