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
    DARK,
    /** For a washed-out projector: AtlantaFX has no high-contrast theme, so Primer Light with our own layer. */
    HIGH_CONTRAST;

    /** The AtlantaFX user-agent stylesheet of the window's controls. */
    public String stylesheet() {
        return switch (this) {
            case LIGHT, HIGH_CONTRAST -> new PrimerLight().getUserAgentStylesheet();
            case DARK -> new PrimerDark().getUserAgentStylesheet();
        };
    }

    /** A stylesheet laid over {@link #stylesheet()} in every window, or null when the theme needs none. */
    public String extraStylesheet() {
        return switch (this) {
            case LIGHT, DARK -> null;
            case HIGH_CONTRAST -> UiTheme.class.getResource("high-contrast.css").toExternalForm();
        };
    }

    /** The palette the canvas draws the map in. Exports keep the light one unless asked otherwise. */
    public Palette palette() {
        return switch (this) {
            case LIGHT -> Palette.light();
            case DARK -> Palette.dark();
            case HIGH_CONTRAST -> Palette.highContrast();
        };
    }

    /** The message key of the theme's name, e.g. in the View menu and the preferences. */
    public String textKey() {
        return "theme." + name();
    }
}
