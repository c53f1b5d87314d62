package fi.polku.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No shortcut of the app is one that a common desktop takes first: Ctrl+Alt+arrows switched the workspace
 * on GNOME and the screen went black. Every menu shortcut, second shortcut and canvas key is checked as it
 * reads on Linux and Windows (Shortcut = Ctrl) and on macOS (Shortcut = Cmd).
 */
@ExtendWith(ApplicationExtension.class)
class ReservedShortcutsTest {
    /**
     * Taken on Linux (GNOME, KDE Plasma, Xfce, Cinnamon) or Windows, written ctrl+alt+shift+meta+KEY.
     * Ctrl+Alt+arrows: workspaces (GNOME, KDE, Xfce, Cinnamon), screen rotation (Intel drivers on Windows);
     * with Shift: move the window to another workspace. Ctrl+Alt+T terminal, L lock, D show desktop, Delete
     * log out / security screen, Esc kill a window (KDE), Tab switch (GNOME); Ctrl+F1–F4 desktops (KDE, Xfce);
     * Ctrl+Esc start menu (Windows, KDE, Xfce); Ctrl+Shift+Esc task manager (Windows); Alt+Tab, Alt+Esc,
     * Alt+Space, Alt+F1–F10 window manager (GNOME, KDE, Xfce, Windows). Any Super/Windows key: the desktop.
     */
    private static final Set<String> TAKEN_ON_LINUX_AND_WINDOWS = Set.of(
            "ctrl+alt+LEFT", "ctrl+alt+RIGHT", "ctrl+alt+UP", "ctrl+alt+DOWN",
            "ctrl+alt+shift+LEFT", "ctrl+alt+shift+RIGHT", "ctrl+alt+shift+UP", "ctrl+alt+shift+DOWN",
            "ctrl+alt+T", "ctrl+alt+L", "ctrl+alt+D", "ctrl+alt+DELETE", "ctrl+alt+ESCAPE", "ctrl+alt+TAB",
            "ctrl+F1", "ctrl+F2", "ctrl+F3", "ctrl+F4", "ctrl+ESCAPE", "ctrl+shift+ESCAPE",
            "alt+TAB", "alt+ESCAPE", "alt+SPACE", "alt+F1", "alt+F2", "alt+F3", "alt+F4", "alt+F5", "alt+F6",
            "alt+F7", "alt+F8", "alt+F9", "alt+F10");

    /**
     * Taken on macOS, written ctrl+alt+shift+meta+KEY (meta is Cmd): Ctrl+arrows Mission Control and Spaces,
     * Ctrl/Cmd+Space input source and Spotlight, Cmd+Tab and Cmd+` switching, Cmd+H / Cmd+Alt+H hide,
     * Cmd+M minimise, Cmd+Alt+Esc force quit, Cmd+Alt+D Dock, Cmd+Shift+3/4/5 screenshots, Ctrl+Cmd+F full
     * screen, Ctrl+Cmd+Q lock, Ctrl+Cmd+Space characters.
     */
    private static final Set<String> TAKEN_ON_MAC = Set.of(
            "ctrl+LEFT", "ctrl+RIGHT", "ctrl+UP", "ctrl+DOWN", "ctrl+SPACE", "meta+SPACE", "meta+TAB",
            "meta+BACK_QUOTE", "meta+H", "alt+meta+H", "meta+M", "alt+meta+ESCAPE", "alt+meta+D",
            "shift+meta+DIGIT3", "shift+meta+DIGIT4", "shift+meta+DIGIT5", "ctrl+meta+F", "ctrl+meta+Q",
            "ctrl+meta+SPACE");

    /** The keys the canvas handles itself (CanvasKeys), which no menu lists. */
    private static final List<KeyCombination> CANVAS_KEYS = Stream.concat(
            Stream.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN).flatMap(code -> Stream.of(
                    new KeyCodeCombination(code), new KeyCodeCombination(code, SHIFT_DOWN))),
            Stream.concat(Stream.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD, KeyCode.MINUS, KeyCode.SUBTRACT,
                            KeyCode.DIGIT0, KeyCode.NUMPAD0, KeyCode.A).map(code -> new KeyCodeCombination(code, SHORTCUT_DOWN)),
                    Stream.of(new KeyCodeCombination(KeyCode.N), new KeyCodeCombination(KeyCode.F2),
                            new KeyCodeCombination(KeyCode.ESCAPE), new KeyCodeCombination(KeyCode.SPACE),
                            new KeyCodeCombination(KeyCode.CONTEXT_MENU), new KeyCodeCombination(KeyCode.F10, SHIFT_DOWN))))
            .map(KeyCombination.class::cast).toList();

    @TempDir
    static Path home;

    @Start
    void start(Stage stage) {
        WindowTestSupport.open(stage, WindowTestSupport.home(home), TestMaps.storeBus());
    }

    @Test
    void noShortcutIsOneADesktopTakesOnLinuxWindowsOrMac(FxRobot robot) {
        List<KeyCombination> all = new ArrayList<>(CANVAS_KEYS);
        for (Menu menu : robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()) {
            collect(menu.getItems(), all);
        }
        all.addAll(robot.listWindows().getFirst().getScene().getAccelerators().keySet());
        assertThat(all).hasSizeGreaterThan(40);

        Set<String> clashes = new TreeSet<>();
        for (KeyCombination key : all) {
            KeyCodeCombination k = (KeyCodeCombination) key;
            String onPc = spelled(k, false);
            String onMac = spelled(k, true);
            boolean superKey = down(k.getMeta());
            if (TAKEN_ON_LINUX_AND_WINDOWS.contains(onPc) || superKey) {
                clashes.add(onPc + " (Linux, Windows)");
            }
            if (TAKEN_ON_MAC.contains(onMac)) {
                clashes.add(onMac + " (macOS)");
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void noTwoMenuItemsShareAShortcut(FxRobot robot) {
        List<KeyCombination> menuKeys = new ArrayList<>();
        for (Menu menu : robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()) {
            collect(menu.getItems(), menuKeys);
        }
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (KeyCombination key : menuKeys) {
            String onPc = spelled((KeyCodeCombination) key, false);
            if (!seen.add(onPc)) {
                twice.add(onPc);
            }
        }
        assertThat(twice).as("shortcuts given to two menu items; only one of them would ever run").isEmpty();
    }

    @Test
    void insertStageAndLaneUseCtrlShiftArrows(FxRobot robot) {
        assertThat(spelled((KeyCodeCombination) WindowTestSupport.menuItem(robot, "insertStage").getAccelerator(),
                false)).isEqualTo("ctrl+shift+RIGHT");
        assertThat(spelled((KeyCodeCombination) WindowTestSupport.menuItem(robot, "insertLane").getAccelerator(),
                false)).isEqualTo("ctrl+shift+DOWN");
    }

    private static void collect(List<MenuItem> items, List<KeyCombination> into) {
        for (MenuItem item : items) {
            if (item.getAccelerator() != null) {
                into.add(item.getAccelerator());
            }
            if (item instanceof Menu sub) {
                collect(sub.getItems(), into);
            }
        }
    }

    /** The combination as pressed on a PC (Shortcut = Ctrl) or a Mac (Shortcut = Cmd). */
    private static String spelled(KeyCodeCombination k, boolean mac) {
        boolean shortcut = down(k.getShortcut());
        boolean ctrl = down(k.getControl()) || (shortcut && !mac);
        boolean meta = down(k.getMeta()) || (shortcut && mac);
        return (ctrl ? "ctrl+" : "") + (down(k.getAlt()) ? "alt+" : "") + (down(k.getShift()) ? "shift+" : "")
                + (meta ? "meta+" : "") + k.getCode().name();
    }

    private static boolean down(KeyCombination.ModifierValue value) {
        return value == KeyCombination.ModifierValue.DOWN;
    }
}
