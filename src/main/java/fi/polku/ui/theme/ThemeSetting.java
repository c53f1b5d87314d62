package fi.polku.ui.theme;

import fi.polku.layout.Theme;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one theme setting of the app: it is kept in the preferences, sets the window's stylesheet and gives
 * the canvas its theme, so that a change reaches both at once.
 */
public final class ThemeSetting {
    private static final String KEY = "theme";
    /** Before the setting had more than two values it was a dark on/off switch. */
    private static final String OLD_DARK_KEY = "theme.dark";

    private final Preferences preferences;
    private final ObjectProperty<UiTheme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectBinding<Theme> canvasTheme =
            Bindings.createObjectBinding(() -> Theme.standard().withPalette(current().palette()), theme);

    public ThemeSetting(Preferences preferences) {
        this.preferences = preferences;
        theme.set(stored(preferences));
        theme.addListener((o, was, now) -> {
            preferences.put(KEY, current().name());
            apply();
        });
    }

    /** The theme saved in the preferences, light when none or an unknown one is. */
    public static UiTheme stored(Preferences preferences) {
        String name = preferences.get(KEY, preferences.getBoolean(OLD_DARK_KEY, false) ? "DARK" : "LIGHT");
        try {
            return UiTheme.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return UiTheme.LIGHT;
        }
    }

    public ObjectProperty<UiTheme> themeProperty() {
        return theme;
    }

    /** The map's look in the chosen theme, for the canvas to bind to. */
    public ObjectBinding<Theme> canvasTheme() {
        return canvasTheme;
    }

    /** Sets the window stylesheet of the chosen theme. */
    public void apply() {
        Application.setUserAgentStylesheet(current().stylesheet());
    }

    private UiTheme current() {
        return theme.get() == null ? UiTheme.LIGHT : theme.get();
    }
}
