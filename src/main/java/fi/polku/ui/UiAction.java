package fi.polku.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * One thing the user can do, shared by its menu item, toolbar button and the shortcut sheet, so that
 * all three always show the same name, shortcut and enabled state.
 */
public final class UiAction {
    private final String id;
    private final StringProperty text = new SimpleStringProperty();
    private final BooleanProperty disabled = new SimpleBooleanProperty();
    private final KeyCombination accelerator;
    private final List<KeyCombination> alternatives;
    private final Ikon icon;
    private final Runnable handler;

    /**
     * @param id           message key of the name ({@code action.ID}), also the node id of its controls
     * @param accelerator  the shortcut shown in menus, or null
     * @param alternatives further shortcuts that do the same (e.g. Ctrl+Y for redo)
     */
    public UiAction(String id, KeyCombination accelerator, Ikon icon, Runnable handler,
                    KeyCombination... alternatives) {
        this.id = id;
        this.accelerator = accelerator;
        this.alternatives = List.of(alternatives);
        this.icon = icon;
        this.handler = handler;
        // Bound, not set: the name follows a change of the user-interface language.
        text.bind(Messages.text("action." + id));
    }

    public String id() {
        return id;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty disabledProperty() {
        return disabled;
    }

    public KeyCombination accelerator() {
        return accelerator;
    }

    /** The shortcut as shown to the user, e.g. "Ctrl+Z", or empty. */
    public String shortcutText() {
        return accelerator == null ? "" : accelerator.getDisplayText();
    }

    public List<KeyCombination> alternatives() {
        return alternatives;
    }

    /** Runs the action unless it is disabled. */
    public void run() {
        if (!disabled.get()) {
            handler.run();
        }
    }

    /**
     * The action's menu item, without its icon yet: {@link #showIcon} adds that when the menu first opens, so
     * that a start does not make some sixty icons that no one sees before a menu is opened.
     */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem();
        item.setId("menu-" + id);
        item.textProperty().bind(text);
        item.disableProperty().bind(disabled);
        item.setAccelerator(accelerator);
        item.getProperties().put(UiAction.class, this);
        item.setOnAction(e -> run());
        return item;
    }

    /** Gives an item made by {@link #menuItem()} its icon, if the action has one and the item has none yet. */
    static void showIcon(MenuItem item) {
        if (item.getGraphic() == null && item.getProperties().get(UiAction.class) instanceof UiAction action
                && action.icon != null) {
            item.setGraphic(new FontIcon(action.icon));
        }
    }

    /** A toolbar button showing the icon; its tooltip names the action and its shortcut. */
    public Button button() {
        Button button = new Button(null, new FontIcon(icon));
        button.setId("tool-" + id);
        button.getStyleClass().add("toolbar-action");
        button.disableProperty().bind(disabled);
        button.setFocusTraversable(false);
        button.accessibleTextProperty().bind(text);
        // The tooltip is made when the pointer first comes over the button: a toolbar full of tooltips is a
        // noticeable part of what a start builds before the first frame.
        button.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
            if (button.getTooltip() == null) {
                button.setTooltip(tooltip());
            }
        });
        button.setOnAction(e -> run());
        return button;
    }

    private Tooltip tooltip() {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> accelerator == null
                ? text.get() : Messages.format("action.tooltip", text.get(), shortcutText()), text));
        return tip;
    }
}
