package fi.polku.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import fi.polku.layout.Palette;

/**
 * A look for the whole window: the controls' stylesheet and the map's palette, chosen together so that the
 * canvas never stays light in a dark window.
 */
public enum UiTheme {
    LIGHT,
    DARK;

    /** The AtlantaFX user-agent stylesheet of the window's controls. */
    public String stylesheet() {
        return switch (this) {
            case LIGHT -> new PrimerLight().getUserAgentStylesheet();
            case DARK -> new PrimerDark().getUserAgentStylesheet();
        };
    }

    /** The palette the canvas draws the map in. Exports keep the light one unless asked otherwise. */
    public Palette palette() {
        return switch (this) {
            // The dark map palette comes with the themes-for-the-room work; until then the map stays light.
            case LIGHT, DARK -> Palette.light();
        };
    }
}
