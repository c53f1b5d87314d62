package fi.polku.ui.find;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import fi.polku.search.FindResult;
import fi.polku.ui.Messages;
import fi.polku.ui.state.EditorState;
import javafx.beans.binding.Bindings;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The find bar above the canvas (Ctrl+F): a search field that finds as one types, the match count, next
 * and previous buttons and a close button. Enter steps to the next match, Shift+Enter to the previous,
 * Esc closes the bar, ends the highlights and gives the keys back to the map.
 */
public final class FindBar {
    private final FindSession session;
    private final EditorState state;
    private final BorderPane area;
    private final Node focusAfterClose;
    private final CustomTextField field = new CustomTextField();
    private final ToolBar bar;

    /**
     * @param area            the canvas's pane: the bar is its top while shown
     * @param focusAfterClose what gets the keyboard when the bar closes (the canvas)
     */
    public FindBar(FindSession session, EditorState state, BorderPane area, Node focusAfterClose) {
        this.session = session;
        this.state = state;
        this.area = area;
        this.focusAfterClose = focusAfterClose;
        field.setId("find-field");
        field.promptTextProperty().bind(Messages.text("find.prompt"));
        field.accessibleTextProperty().bind(Messages.text("find.prompt"));
        field.setTooltip(tooltip("find.tooltip"));
        field.setPrefColumnCount(24);
        field.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        Button clear = button("find-clear", MaterialDesignC.CLOSE_CIRCLE, "find.clear", () -> {
            field.clear();
            field.requestFocus();
        });
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        clear.setCursor(Cursor.DEFAULT);
        field.setRight(clear);
        field.textProperty().addListener((o, was, now) -> session.search(now));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    session.previous();
                } else {
                    session.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        Label count = new Label();
        count.setId("find-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(this::countText, state.foundProperty(),
                state.currentMatchProperty(), Messages.language()));
        // Red field and count when nothing matches, as a browser's find shows it.
        state.foundProperty().addListener((o, was, now) -> {
            boolean none = now.active() && now.count() == 0;
            field.pseudoClassStateChanged(Styles.STATE_DANGER, none);
            count.pseudoClassStateChanged(Styles.STATE_DANGER, none);
        });
        Button previous = button("find-previous", MaterialDesignC.CHEVRON_UP, "find.previous", session::previous);
        Button next = button("find-next", MaterialDesignC.CHEVRON_DOWN, "find.next", session::next);
        previous.disableProperty().bind(Bindings.createBooleanBinding(() -> state.foundProperty().get().count() == 0,
                state.foundProperty()));
        next.disableProperty().bind(previous.disableProperty());
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button close = button("find-close", MaterialDesignC.CLOSE, "find.close", this::close);
        bar = new ToolBar(field, count, previous, next, spring, close);
        bar.setId("find-bar");
        bar.getStyleClass().add("find-bar");
    }

    /** Shows the bar (Ctrl+F) with the last query selected, so typing replaces it, and searches it again. */
    public void open() {
        if (area.getTop() != bar) {
            area.setTop(bar);
            // A tool bar puts its items into the scene only with its skin: made now, so the field takes focus.
            bar.applyCss();
            session.search(field.getText());
        }
        field.requestFocus();
        field.selectAll();
    }

    /** Hides the bar, ends the highlights and gives the keyboard back to the map. */
    public void close() {
        area.setTop(null);
        session.end();
        focusAfterClose.requestFocus();
    }

    public boolean isOpen() {
        return area.getTop() == bar;
    }

    /** F3: the next match, opening the bar with the last query if it is closed. */
    public void next() {
        open();
        session.next();
    }

    /** Shift+F3: the previous match, opening the bar with the last query if it is closed. */
    public void previous() {
        open();
        session.previous();
    }

    private String countText() {
        FindResult found = state.foundProperty().get();
        int current = state.currentMatchProperty().get();
        if (!found.active()) {
            return "";
        }
        if (found.count() == 0) {
            return Messages.get("find.none");
        }
        return current >= 0 && current < found.count()
                ? Messages.format("find.count", current + 1, found.count())
                : Messages.format("find.matches", found.count());
    }

    private static Button button(String id, Ikon icon, String tooltipKey, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setFocusTraversable(false);
        b.accessibleTextProperty().bind(Messages.text(tooltipKey));
        b.setTooltip(tooltip(tooltipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Tooltip tooltip(String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Messages.text(key));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }
}
