package fi.polku.ui.canvas;

import fi.polku.layout.ConnectionArrow;
import fi.polku.layout.CubicSegment;
import fi.polku.layout.FontFace;
import fi.polku.layout.Rect;
import fi.polku.render.fx.FxFonts;
import javafx.scene.control.TextField;

/**
 * The text field laid over an arrow's label (or the middle of its line) for labelling it in place, as cards
 * are renamed: Enter or leaving the field commits a changed label as one step, an emptied field removes the
 * label, Esc cancels without any call. Created on first use.
 */
final class ArrowEditor {
    private final JourneyCanvas canvas;
    private TextField field;
    private String connectionId;
    private String original;

    ArrowEditor(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    /** The field, or null before the first label edit. */
    TextField field() {
        return field;
    }

    boolean isEditing() {
        return connectionId != null;
    }

    void begin(String connection, String label) {
        if (isEditing()) {
            commit();
        }
        TextField f = ensureField();
        connectionId = connection;
        original = label;
        f.setText(label);
        f.setVisible(true);
        follow();
        f.requestFocus();
        f.selectAll();
    }

    private TextField ensureField() {
        if (field == null) {
            field = OverlayTextField.create(canvas, this::commit, this::close, this::isEditing);
            field.setId("arrow-label-editor");
        }
        return field;
    }

    /** Follows the arrow when the view zooms or scrolls; closes when the map no longer has it. */
    void follow() {
        if (!isEditing()) {
            return;
        }
        ConnectionArrow a = canvas.mapLayout().connections().stream()
                .filter(c -> c.id().equals(connectionId)).findFirst().orElse(null);
        if (a == null) {
            close();
            return;
        }
        CanvasViewport v = canvas.viewport();
        double z = v.zoom();
        double size = Math.max(9, Math.min(36, canvas.mapLayout().theme().sizes().smallSize() * z));
        field.setFont(FxFonts.font(FontFace.REGULAR, size));
        double w = 160;
        double h = Math.max(field.prefHeight(-1), size * 2);
        Rect box = a.labelBox();
        double cx;
        double cy;
        if (box != null) {
            cx = box.centerX();
            cy = box.centerY();
        } else {
            CubicSegment mid = a.path().get(a.path().size() / 2);
            cx = (mid.x0() + mid.x1()) / 2;
            cy = (mid.y0() + mid.y1()) / 2;
        }
        field.resizeRelocate(v.toScreenX(cx) - w / 2, v.toScreenY(cy) - h / 2, w, h);
    }

    private void commit() {
        if (!isEditing()) {
            return;
        }
        String id = connectionId;
        String text = field.getText() == null ? "" : field.getText().strip();
        String before = original;
        close();
        if (!text.equals(before)) {
            canvas.actions().labelConnection(id, text);
        }
    }

    private void close() {
        connectionId = null;
        field.setVisible(false);
        canvas.requestFocus();
    }
}
