package fi.polku.ui;

import fi.polku.ui.theme.ThemeSetting;
import fi.polku.ui.theme.UiTheme;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.Map;

/** View → Theme: the themes as radio items, one ticked, and projector mode as a check item below them. */
final class ThemeMenu {
    private static final String ID = "menu-theme";
    private static final String PROJECTOR = "projectorMode";
    private static final Map<String, UiTheme> THEMES = Map.of(
            "themeLight", UiTheme.LIGHT, "themeDark", UiTheme.DARK, "themeHighContrast", UiTheme.HIGH_CONTRAST);

    private ThemeMenu() {
    }

    /** Whether the action belongs in the submenu rather than straight in its menu. */
    static boolean owns(String actionId) {
        return THEMES.containsKey(actionId) || actionId.equals(PROJECTOR);
    }

    /** Adds the action's item to the Theme submenu of {@code menu}, making the submenu on the first call. */
    static void addTo(Menu menu, UiAction action, ThemeSetting setting) {
        Menu sub = submenu(menu);
        if (action.id().equals(PROJECTOR)) {
            sub.getItems().add(new SeparatorMenuItem());
            sub.getItems().add(MainMenus.checkItem(action, setting.projectorProperty()));
            return;
        }
        UiTheme theme = THEMES.get(action.id());
        RadioMenuItem item = new RadioMenuItem();
        item.setId("menu-" + action.id());
        item.textProperty().bind(action.textProperty());
        item.setAccelerator(action.accelerator());
        item.setToggleGroup((ToggleGroup) sub.getProperties().get(ToggleGroup.class));
        item.setSelected(setting.themeProperty().get() == theme);
        // The action sets the theme; the tick follows the setting, whichever way it was changed.
        item.setOnAction(e -> action.run());
        setting.themeProperty().addListener((o, was, now) -> item.setSelected(now == theme));
        sub.getItems().add(item);
    }

    private static Menu submenu(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            if (ID.equals(item.getId())) {
                return (Menu) item;
            }
        }
        Menu sub = new Menu();
        sub.setId(ID);
        sub.textProperty().bind(Messages.text("menu.theme"));
        sub.getProperties().put(ToggleGroup.class, new ToggleGroup());
        menu.getItems().add(sub);
        return sub;
    }
}
