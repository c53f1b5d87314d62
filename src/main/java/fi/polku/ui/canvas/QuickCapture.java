package fi.polku.ui.canvas;

import fi.polku.edit.CardLines;
import fi.polku.layout.CardBox;
import fi.polku.layout.FontFace;
import fi.polku.layout.MapLayout;
import fi.polku.layout.Rect;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.render.fx.FxFonts;
import fi.polku.ui.Messages;
import fi.polku.ui.state.CellRef;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quick capture: a card-like field in a cell, where the next card of that cell will appear, for writing
 * cards as fast as a workshop says them. Typing on the map opens it with the typed character; Enter adds
 * the text as a card at the end of the cell (one undo step per card) and keeps the field open, empty, below
 * the new card; Tab and Shift+Tab add a written text and go to the next or previous cell along the lane
 * ({@link CaptureSpot#step}); Esc, or a click elsewhere, ends it and drops a text not yet added, as a
 * sticky note never stuck. A list pasted into the field becomes one card per line, as one step.
 */
final class QuickCapture {
    /** The id of the card being written; no map file has it, as file ids have no control characters. */
    static final String PLACEHOLDER_ID = "\u0000quick-capture";

    private final JourneyCanvas canvas;
    /** Everything capture shows, clipped to the cells: the field must not cover the pinned headers. */
    private Pane layer;
    private Region cellMark;
    private TextField field;
    private Label hint;
    private CellRef cell;
    /** The map capture began in: another map opened in the window ends it. */
    private String mapId;
    /** Scroll the field into view at the next placement: after it opened, added a card or changed cell. */
    private boolean revealPending;

    QuickCapture(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    /** Opens the field in a cell with what was typed so far, caret after it. */
    void begin(CellRef target, String typed) {
        ensureNodes();
        cell = target;
        mapId = canvas.getMap().id();
        // Writing, not pointing at cards: a selected card's ring would compete with the field.
        canvas.state().clearSelection();
        canvas.state().currentCellProperty().set(target);
        canvas.setMap(canvas.getMap());
        field.setText(typed);
        layer.setVisible(true);
        revealPending = true;
        follow();
        // The skin now, not at the next pulse: a new skin on a focused field selects all its text, and the
        // next key typed would replace the first one.
        field.applyCss();
        field.requestFocus();
        field.deselect();
        field.end();
        canvas.actions().quickCaptureShown(true);
    }

    /** Ends capture; the text not yet added is dropped. */
    void end() {
        if (cell == null) {
            return;
        }
        cell = null;
        layer.setVisible(false);
        canvas.setMap(canvas.getMap());
        canvas.actions().quickCaptureShown(false);
        if (field.isFocused()) {
            canvas.requestFocus();
        }
    }

    /**
     * The map as the canvas lays it out: while capture is open, with an empty card at the end of the cell,
     * so that the lane makes room for the card being written and the field lies exactly where the card
     * will be. The card is the canvas's alone; the document never sees it.
     */
    JourneyMap withCardBeingWritten(JourneyMap map) {
        if (cell == null || !map.id().equals(mapId) || map.stage(cell.stageId()).isEmpty()
                || map.lane(cell.laneId()).isEmpty()) {
            return map;
        }
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints().size() + 1);
        cards.addAll(map.touchpoints());
        cards.add(Touchpoint.create(PLACEHOLDER_ID, "", cell.stageId(), cell.laneId()));
        return map.withTouchpoints(cards);
    }

    /** Lays the field over the card being written, after a zoom, scroll or edit; ends when the cell is gone. */
    void follow() {
        if (cell == null) {
            return;
        }
        MapLayout layout = canvas.mapLayout();
        CardBox card = layout.card(PLACEHOLDER_ID);
        Rect cellBounds = CaptureSpot.cellBounds(layout, cell);
        if (card == null || cellBounds == null) {
            end();
            return;
        }
        Rect slot = card.bounds();
        CanvasViewport v = canvas.viewport();
        double z = v.zoom();
        double hintGap = 2;
        // The hint shrinks with the map, down to what can still be read, so that it stays near the card's width.
        String hintFont = String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                Math.max(9, Math.min(12, 12 * z)));
        if (!hintFont.equals(hint.getStyle())) {
            hint.setStyle(hintFont);
            hint.applyCss();
        }
        double hintH = hint.prefHeight(-1);
        if (revealPending) {
            revealPending = false;
            // Room for the hint under the field too; reveal lays everything out again through follow().
            canvas.reveal(new Rect(slot.x(), slot.y(), slot.w(), slot.h() + (hintGap + hintH) / z));
            return;
        }
        double titleSize = Math.max(9, Math.min(48, layout.theme().sizes().titleSize() * z));
        field.setFont(FxFonts.font(FontFace.BOLD, titleSize));
        double w = canvas.surface().getWidth();
        double h = canvas.surface().getHeight();
        layer.resizeRelocate(0, 0, w, h);
        Rect visible = v.visibleRect();
        double left = v.toScreenX(Math.max(0, visible.x()) + layout.theme().sizes().laneHeaderWidth());
        double top = v.toScreenY(Math.max(0, visible.y()) + layout.stageHeaderHeight());
        Rectangle clip = (Rectangle) layer.getClip();
        clip.setX(Math.max(0, left));
        clip.setY(Math.max(0, top));
        clip.setWidth(Math.max(0, w - left));
        clip.setHeight(Math.max(0, h - top));
        cellMark.resizeRelocate(v.toScreenX(cellBounds.x()) + 1, v.toScreenY(cellBounds.y()) + 1,
                cellBounds.w() * z - 2, cellBounds.h() * z - 2);
        double x = v.toScreenX(slot.x());
        double y = v.toScreenY(slot.y());
        double fieldW = Math.max(120, slot.w() * z);
        // The text sits where the card's title will: padding of the card's, less the field's 2 px border.
        double padX = Math.max(1, layout.theme().sizes().cardPadding() * z - 2);
        double padY = Math.max(0, (slot.h() * z - titleSize * 1.3 - 4) / 2);
        String padding = String.format(Locale.ROOT, "-fx-padding: %.1f %.1f;", padY, padX);
        if (!padding.equals(field.getStyle())) {
            field.setStyle(padding);
            field.applyCss();
        }
        double fieldH = Math.max(field.prefHeight(-1), slot.h() * z);
        field.resizeRelocate(x, y, fieldW, fieldH);
        hint.resizeRelocate(x, y + fieldH + hintGap, hint.prefWidth(-1), hintH);
    }

    private void ensureNodes() {
        if (field != null) {
            return;
        }
        field = new TextField() {
            /** A list pasted into the field is many cards, not one long title with its line breaks removed. */
            @Override
            public void paste() {
                String text = Clipboard.getSystemClipboard().getString();
                if (cell != null && CardLines.isList(text)) {
                    canvas.actions().addTouchpoints(cell.stageId(), cell.laneId(), CardLines.titles(text));
                    revealPending = true;
                    follow();
                } else {
                    super.paste();
                }
            }
        };
        field.setId("quick-capture-field");
        field.getStyleClass().add("quick-capture-field");
        field.promptTextProperty().bind(Messages.text("capture.prompt"));
        field.setOnAction(e -> add());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        field.focusedProperty().addListener((o, was, now) -> {
            // Focus gone to another part of the window ends capture; a glance at another window does not.
            if (!now && field.getScene() != null && field.getScene().getFocusOwner() != field) {
                end();
            }
        });
        hint = new Label();
        hint.setId("quick-capture-hint");
        hint.getStyleClass().add("quick-capture-hint");
        hint.textProperty().bind(Messages.text("capture.hint"));
        hint.setMouseTransparent(true);
        cellMark = new Region();
        cellMark.getStyleClass().add("quick-capture-cell");
        cellMark.setMouseTransparent(true);
        layer = new Pane(cellMark, field, hint);
        // Placed by follow() alone: a pane would give each child its preferred size at every layout pass.
        layer.getChildren().forEach(n -> n.setManaged(false));
        layer.setManaged(false);
        layer.setPickOnBounds(false);
        layer.setClip(new Rectangle());
        layer.setVisible(false);
        canvas.addOverlay(layer);
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isAltDown()) {
            e.consume();
            add();
            move(e.isShiftDown() ? -1 : 1);
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            end();
        }
    }

    /** Adds the written text as a card at the end of the cell and empties the field for the next one. */
    private void add() {
        String title = field.getText() == null ? "" : field.getText().strip();
        if (cell == null || title.isEmpty()) {
            return;
        }
        field.clear();
        canvas.actions().addTouchpoint(cell.stageId(), cell.laneId(), title);
        revealPending = true;
        follow();
    }

    private void move(int direction) {
        JourneyMap map = canvas.getMap();
        CellRef next = CaptureSpot.step(map, cell, direction);
        if (next != null && cell != null) {
            cell = next;
            canvas.state().currentCellProperty().set(next);
            canvas.setMap(canvas.getMap());
            revealPending = true;
            follow();
        }
    }
}
