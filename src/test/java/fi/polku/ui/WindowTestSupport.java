package fi.polku.ui;

import fi.polku.model.JourneyMap;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Opens a main window on an in-memory map with its own home folder, and finds what the user sees. */
final class WindowTestSupport {
    private WindowTestSupport() {
    }

    static PolkuHome home(Path folder) {
        Preferences node = Preferences.userRoot().node("fi/polku/test/" + Integer.toHexString(folder.hashCode()));
        try {
            node.clear();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
        return new PolkuHome(folder, node);
    }

    static MainWindow open(Stage stage, PolkuHome home, JourneyMap map) {
        MainWindow window = new MainWindow(stage, home, map, null);
        window.show();
        return window;
    }

    /** The text of a menu item by its action id, as the user reads it in the menu. */
    static MenuItem menuItem(FxRobot robot, String actionId) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            MenuItem found = find(menu, "menu-" + actionId);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no menu item " + actionId);
    }

    /** The item with this id in a menu or one of its submenus (View → Theme), or null. */
    private static MenuItem find(Menu menu, String id) {
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu sub && find(sub, id) != null) {
                return find(sub, id);
            }
        }
        return null;
    }
}
