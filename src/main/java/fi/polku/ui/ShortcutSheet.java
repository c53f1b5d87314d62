package fi.polku.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;

import java.util.List;
import java.util.Map;

/** Help → Keyboard shortcuts: every action with a shortcut, by menu, and the canvas's own keys. */
final class ShortcutSheet {
    /** Keys the canvas handles itself; their descriptions are in the bundle as shortcuts.canvas.KEY. */
    private static final List<String> CANVAS_KEYS = List.of("type", "captureTab", "pasteList", "n", "f2", "arrows", "shiftArrows",
            "shiftClick", "doubleClick", "drag", "dragHeader", "renameHeader", "pan", "zoomWheel", "contextMenu", "tab");
    /** Keys of a presentation (View → Present), as shortcuts.present.KEY. */
    private static final List<String> PRESENT_KEYS = List.of("next", "previous", "jump", "ends", "blank", "choose", "end");

    private ShortcutSheet() {
    }

    static Node build(Map<String, List<UiAction>> menus) {
        GridPane grid = new GridPane();
        grid.setId("shortcut-sheet");
        grid.getStyleClass().add("shortcut-sheet");
        grid.setHgap(32);
        grid.setVgap(4);
        grid.setPadding(new javafx.geometry.Insets(4, 20, 12, 20));
        int row = 0;
        for (var entry : menus.entrySet()) {
            grid.add(heading(Messages.get(entry.getKey()).replace("_", "")), 0, row++, 2, 1);
            for (UiAction action : entry.getValue()) {
                if (action.accelerator() == null) {
                    continue;
                }
                StringBuilder keys = new StringBuilder(action.shortcutText());
                action.alternatives().forEach(k -> keys.append(Messages.get("shortcuts.or")).append(k.getDisplayText()));
                grid.add(name(Messages.get("action." + action.id())), 0, row);
                grid.add(key(keys.toString()), 1, row++);
            }
        }
        grid.add(heading(Messages.get("shortcuts.canvas")), 0, row++, 2, 1);
        for (String key : CANVAS_KEYS) {
            grid.add(name(Messages.get("shortcuts.canvas." + key)), 0, row);
            grid.add(key(Messages.get("shortcuts.canvas." + key + ".keys")), 1, row++);
        }
        grid.add(heading(Messages.get("shortcuts.present")), 0, row++, 2, 1);
        for (String key : PRESENT_KEYS) {
            grid.add(name(Messages.get("shortcuts.present." + key)), 0, row);
            grid.add(key(Messages.get("shortcuts.present." + key + ".keys")), 1, row++);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(700);
        return scroll;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sheet-heading");
        return label;
    }

    /** An action's name is never cut short; a long list of keys beside it wraps instead. */
    private static Label name(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label key(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sheet-key");
        label.setWrapText(true);
        return label;
    }
}
