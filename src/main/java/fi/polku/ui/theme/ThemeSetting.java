package fi.polku.ui.theme;

import fi.polku.layout.Theme;
import fi.polku.layout.ThemeSizes;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The one theme setting of the app: it is kept in the preferences, sets the window's stylesheet and gives
 * the canvas its theme, so that a change reaches both at once. Projector mode is kept beside it: it
 * enlarges the map in any of the themes.
 */
public final class ThemeSetting {
    private static final String KEY = "theme";
    private static final String PROJECTOR_KEY = "theme.projector";
    /** Before the setting had more than two values it was a dark on/off switch. */
    private static final String OLD_DARK_KEY = "theme.dark";
    private static boolean watchingWindows;
    /** The theme whose extra stylesheet windows opened from now on get. */
    private static UiTheme lastApplied = UiTheme.LIGHT;

    private final Preferences preferences;
    private final ObjectProperty<UiTheme> theme = new SimpleObjectProperty<>(this, "theme");
    private final BooleanProperty projector = new SimpleBooleanProperty(this, "projector");
    private final ObjectBinding<Theme> canvasTheme = Bindings.createObjectBinding(
            () -> new Theme(projector.get() ? ThemeSizes.projector() : ThemeSizes.standard(), current().palette()),
            theme, projector);

    public ThemeSetting(Preferences preferences) {
        this.preferences = preferences;
        theme.set(stored(preferences));
        projector.set(preferences.getBoolean(PROJECTOR_KEY, false));
        theme.addListener((o, was, now) -> {
            preferences.put(KEY, current().name());
            apply();
        });
        projector.addListener((o, was, on) -> preferences.putBoolean(PROJECTOR_KEY, on));
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

    /** Projector mode: larger text and thicker lines on the canvas, in whichever theme is chosen. */
    public BooleanProperty projectorProperty() {
        return projector;
    }

    /** The map's look in the chosen theme, for the canvas to bind to. */
    public ObjectBinding<Theme> canvasTheme() {
        return canvasTheme;
    }

    /**
     * Sets the window stylesheet of the chosen theme, and its extra layer on every open window and on
     * windows opened later (dialogs, the export window).
     */
    public void apply() {
        Application.setUserAgentStylesheet(current().stylesheet());
        if (!watchingWindows) {
            watchingWindows = true;
            Window.getWindows().addListener((ListChangeListener<Window>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(w -> layer(w.getScene(), lastApplied));
                }
            });
        }
        lastApplied = current();
        List.copyOf(Window.getWindows()).forEach(w -> layer(w.getScene(), lastApplied));
    }

    /** Puts the theme's extra stylesheet on a scene and takes the other themes' off. */
    static void layer(Scene scene, UiTheme chosen) {
        if (scene == null) {
            return;
        }
        for (UiTheme t : UiTheme.values()) {
            if (t.extraStylesheet() != null && t != chosen) {
                scene.getStylesheets().remove(t.extraStylesheet());
            }
        }
        String extra = chosen.extraStylesheet();
        if (extra != null && !scene.getStylesheets().contains(extra)) {
            scene.getStylesheets().add(extra);
        }
    }

    private UiTheme current() {
        return theme.get() == null ? UiTheme.LIGHT : theme.get();
    }
}
