package fi.polku.ui;

import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lays the window's actions out as the menu bar and the toolbar. */
final class MainMenus {
    /** Actions after which a menu shows a separator. */
    private static final Set<String> SEPARATE_AFTER = Set.of("open", "revert", "importSurvey", "redo", "delete", "clearSelection", "findPrevious",
            "zoomToSelection", "focusInspector", "shortcuts", "moveLaneDown");
    private static final List<List<String>> TOOLBAR = List.of(
            List.of("new", "open", "save"),
            List.of("undo", "redo"),
            List.of("insertTouchpoint", "insertStage", "insertLane", "delete"),
            List.of("zoomOut", "zoomIn", "fitToWindow"),
            List.of("toggleAnalysis", "toggleInspector"));

    private MainMenus() {
    }

    static MenuBar menuBar(WindowActions actions, MainWindow window) {
        Map<String, BooleanProperty> checks = Map.of(
                "toggleInspector", window.inspectorShownProperty(),
                "toggleAnalysis", window.analysisDock().shownProperty(),
                "projectorMode", window.themeSetting().projectorProperty(),
                "dotVoting", window.state().votingProperty());
        MenuBar bar = new MenuBar();
        bar.setId("menu-bar");
        for (var entry : actions.menus().entrySet()) {
            Menu menu = new Menu();
            menu.textProperty().bind(Messages.text(entry.getKey()));
            menu.setId(entry.getKey().replace('.', '-'));
            // The items' icons are made when the menu first opens (see UiAction.menuItem).
            menu.addEventHandler(Menu.ON_SHOWING, e -> menu.getItems().forEach(UiAction::showIcon));
            if (entry.getKey().equals("menu.file")) {
                // Another Polku window is another process: its recent files show here from the next opening on.
                menu.setOnShowing(e -> window.recent().reload());
            }
            for (UiAction action : entry.getValue()) {
                if (ThemeMenu.owns(action.id())) {
                    ThemeMenu.addTo(menu, action, window.themeSetting());
                    continue;
                }
                BooleanProperty checked = checks.get(action.id());
                menu.getItems().add(checked == null ? action.menuItem() : checkItem(action, checked));
                if (action.id().equals("open")) {
                    menu.getItems().add(recentMenu(window));
                }
                if (SEPARATE_AFTER.contains(action.id())) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
            }
            bar.getMenus().add(menu);
        }
        return bar;
    }

    static ToolBar toolBar(WindowActions actions) {
        ToolBar bar = new ToolBar();
        bar.setId("tool-bar");
        for (List<String> group : TOOLBAR) {
            if (!bar.getItems().isEmpty()) {
                bar.getItems().add(new Separator(javafx.geometry.Orientation.VERTICAL));
            }
            group.forEach(id -> bar.getItems().add(actions.action(id).button()));
        }
        return bar;
    }

    static CheckMenuItem checkItem(UiAction action, BooleanProperty checked) {
        CheckMenuItem item = new CheckMenuItem();
        item.setId("menu-" + action.id());
        item.textProperty().bind(action.textProperty());
        item.setAccelerator(action.accelerator());
        item.selectedProperty().bindBidirectional(checked);
        return item;
    }

    /** File → Open Recent, rebuilt whenever the list of recent files changes. */
    private static Menu recentMenu(MainWindow window) {
        Menu menu = new Menu();
        menu.textProperty().bind(Messages.text("menu.recent"));
        menu.setId("menu-recent");
        Runnable rebuild = () -> {
            menu.getItems().clear();
            List<Path> files = window.recent().files();
            if (files.isEmpty()) {
                MenuItem none = new MenuItem();
                none.textProperty().bind(Messages.text("menu.recent.none"));
                none.setDisable(true);
                menu.getItems().add(none);
            }
            for (Path file : files) {
                MenuItem item = new MenuItem(Messages.format("menu.recent.item", file.getFileName(), file.getParent()));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> window.files().open(file));
                menu.getItems().add(item);
            }
        };
        window.recent().files().addListener((ListChangeListener<Path>) c -> rebuild.run());
        rebuild.run();
        return menu;
    }
}
