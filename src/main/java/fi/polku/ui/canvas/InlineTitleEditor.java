package fi.polku.ui.canvas;

import fi.polku.layout.CardBox;
import fi.polku.layout.FontFace;
import fi.polku.layout.Theme;
import fi.polku.render.fx.FxFonts;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The text field laid over a card's title for renaming in place. Enter or leaving the field commits a
 * changed title as one rename; Esc cancels without any call; a blank title is not accepted.
 */
final class InlineTitleEditor {
    private final JourneyCanvas canvas;
    private final TextField field = new TextField();
    private String editingId;
    private String original;

    InlineTitleEditor(JourneyCanvas canvas) {
        this.canvas = canvas;
        field.getStyleClass().add("inline-title-editor");
        field.setVisible(false);
        field.setManaged(false);
        field.setOnAction(e -> commit());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && editingId != null) {
                commit();
            }
        });
    }

    TextField field() {
        return field;
    }

    boolean isEditing() {
        return editingId != null;
    }

    String editingId() {
        return editingId;
    }

    void begin(CardBox card, String title) {
        editingId = card.touchpointId();
        original = title;
        field.setText(title);
        field.setVisible(true);
        reposition();
        field.requestFocus();
        field.selectAll();
    }

    /** Follows the card when the view zooms or scrolls, or when the map changes under the editor. */
    void reposition() {
        if (editingId == null) {
            return;
        }
        CardBox card = canvas.mapLayout().card(editingId);
        if (card == null) {
            close();
            return;
        }
        layoutField();
    }

    void layoutField() {
        if (editingId == null) {
            return;
        }
        CardBox card = canvas.mapLayout().card(editingId);
        if (card == null) {
            return;
        }
        CanvasViewport v = canvas.viewport();
        Theme theme = canvas.mapLayout().theme();
        double z = v.zoom();
        double size = Math.max(9, Math.min(48, theme.titleSize() * z));
        field.setFont(FxFonts.font(FontFace.BOLD, size));
        double x = v.toScreenX(card.bounds().x() + 2);
        double y = v.toScreenY(card.bounds().y() + 2);
        double w = Math.max(120, (card.bounds().w() - 4) * z);
        double h = Math.max(field.prefHeight(-1), size * 2);
        field.resizeRelocate(x, y, w, h);
    }

    private void commit() {
        if (editingId == null) {
            return;
        }
        String id = editingId;
        String text = field.getText() == null ? "" : field.getText().strip();
        String before = original;
        close();
        if (!text.isEmpty() && !text.equals(before)) {
            canvas.actions().renameTouchpoint(id, text);
        }
    }

    private void close() {
        editingId = null;
        field.setVisible(false);
        canvas.requestFocus();
    }
}
