package fi.polku.ui;

import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * The right-click menu of every text field and area, in the user-interface language. JavaFX's own menu
 * (Undo, Cut, Copy, Paste...) speaks only the languages JavaFX ships, which Finnish is not, so each field
 * gets this one instead, made when it is opened so that it follows a change of language.
 */
final class TextMenus {
    private static final String MARK = TextMenus.class.getName();
    private static final EventHandler<ContextMenuEvent> ON_REQUEST = TextMenus::offer;
    private static boolean installed;

    private TextMenus() {
    }

    /** Gives the text fields of every window of the app, present and future, this menu; once per run. */
    static void installEverywhere() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().forEach(TextMenus::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(TextMenus::watch);
            }
        });
    }

    private static void watch(Window window) {
        install(window.getScene());
        window.sceneProperty().addListener((o, was, scene) -> install(scene));
    }

    private static void install(Scene scene) {
        if (scene != null && scene.getProperties().putIfAbsent(MARK, Boolean.TRUE) == null) {
            scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, ON_REQUEST);
        }
    }

    /** Before the field sees the request: puts a fresh menu on it, unless it has a menu of its own. */
    private static void offer(ContextMenuEvent event) {
        Node node = event.getTarget() instanceof Node target ? target : null;
        while (node != null && !(node instanceof TextInputControl)) {
            node = node.getParent();
        }
        if (node instanceof TextInputControl field
                && (field.getContextMenu() == null || field.getContextMenu().getProperties().containsKey(MARK))) {
            field.setContextMenu(menu(field));
        }
    }

    private static ContextMenu menu(TextInputControl field) {
        boolean selected = field.getSelection().getLength() > 0;
        boolean editable = field.isEditable();
        ContextMenu menu = new ContextMenu(
                item("text.undo", field, TextInputControl::undo, editable && field.isUndoable()),
                item("text.redo", field, TextInputControl::redo, editable && field.isRedoable()),
                new SeparatorMenuItem(),
                item("text.cut", field, TextInputControl::cut, editable && selected),
                item("text.copy", field, TextInputControl::copy, selected),
                item("text.paste", field, TextInputControl::paste, editable),
                item("text.delete", field, f -> f.replaceSelection(""), editable && selected),
                new SeparatorMenuItem(),
                item("text.selectAll", field, TextInputControl::selectAll, field.getLength() > 0));
        menu.getProperties().put(MARK, Boolean.TRUE);
        return menu;
    }

    private static MenuItem item(String key, TextInputControl field, Consumer<TextInputControl> action,
                                 boolean enabled) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setDisable(!enabled);
        item.setOnAction(e -> action.accept(field));
        return item;
    }
}
