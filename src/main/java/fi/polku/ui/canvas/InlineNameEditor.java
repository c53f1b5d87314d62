package fi.polku.ui.canvas;

import fi.polku.layout.CardBox;
import fi.polku.layout.FontFace;
import fi.polku.layout.HeaderBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.Rect;
import fi.polku.render.fx.FxFonts;
import javafx.scene.control.TextField;

/**
 * The text field laid over a card title, a stage header or a lane header for renaming it in place. Enter or
 * leaving the field commits a changed, non-blank name as one rename; Esc cancels without any call.
 * The field is created on the first rename: a text field and its skin are a good share of what the window
 * would otherwise load before its first frame.
 */
final class InlineNameEditor {
    private final JourneyCanvas canvas;
    private TextField field;
    /** What is being renamed: one of the three is set while editing, none otherwise. */
    private String touchpointId;
    private String stageId;
    private String laneId;
    private String original;

    InlineNameEditor(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    /** The field, or null before the first rename. */
    TextField field() {
        return field;
    }

    boolean isEditing() {
        return touchpointId != null || isEditingHeader();
    }

    boolean isEditingHeader() {
        return stageId != null || laneId != null;
    }

    /** The card whose title is being edited, or null. */
    String editingId() {
        return touchpointId;
    }

    void beginCard(String touchpoint, String title) {
        begin(touchpoint, null, null, title);
    }

    /** Starts renaming a stage (lane null) or a lane (stage null). */
    void beginHeader(String stage, String lane, String name) {
        begin(null, stage, lane, name);
    }

    private void begin(String touchpoint, String stage, String lane, String name) {
        if (isEditing()) {
            // As when focus moves to another field: the rename under way is kept.
            commit();
        }
        TextField f = ensureField();
        touchpointId = touchpoint;
        stageId = stage;
        laneId = lane;
        original = name;
        f.setId(isEditingHeader() ? "header-name-editor" : null);
        f.setText(name);
        f.setVisible(true);
        follow();
        f.requestFocus();
        f.selectAll();
    }

    private TextField ensureField() {
        if (field == null) {
            field = OverlayTextField.create(canvas, this::commit, this::close, this::isEditing);
        }
        return field;
    }

    /** Follows the card or header when the view zooms or scrolls; closes when the map no longer has it. */
    void follow() {
        if (!isEditing()) {
            return;
        }
        Rect bounds = targetBounds(canvas.mapLayout());
        if (bounds == null) {
            close();
            return;
        }
        CanvasViewport v = canvas.viewport();
        double z = v.zoom();
        double size = Math.max(9, Math.min(48, canvas.mapLayout().theme().sizes().titleSize() * z));
        field.setFont(FxFonts.font(FontFace.BOLD, size));
        double x = v.toScreenX(bounds.x() + 2);
        double y = v.toScreenY(bounds.y() + 2);
        // Headers stay pinned at the top and left edge while the map scrolls, and so does the field.
        if (stageId != null) {
            y = Math.max(2, y);
        } else if (laneId != null) {
            x = Math.max(2, x);
        }
        double w = Math.max(isEditingHeader() ? 140 : 120, (bounds.w() - 4) * z);
        double h = Math.max(field.prefHeight(-1), size * 2);
        field.resizeRelocate(x, y, w, h);
    }

    private Rect targetBounds(MapLayout layout) {
        if (touchpointId != null) {
            CardBox card = layout.card(touchpointId);
            return card == null ? null : card.bounds();
        }
        String id = stageId != null ? stageId : laneId;
        return (stageId != null ? layout.stageHeaders() : layout.laneHeaders()).stream()
                .filter(h -> h.id().equals(id)).findFirst().map(HeaderBox::bounds).orElse(null);
    }

    private void commit() {
        if (!isEditing()) {
            return;
        }
        String touchpoint = touchpointId;
        String stage = stageId;
        String lane = laneId;
        String text = field.getText() == null ? "" : field.getText().strip();
        String before = original;
        close();
        if (text.isEmpty() || text.equals(before)) {
            return;
        }
        if (touchpoint != null) {
            canvas.actions().renameTouchpoint(touchpoint, text);
        } else if (stage != null) {
            canvas.actions().renameStage(stage, text);
        } else {
            canvas.actions().renameLane(lane, text);
        }
    }

    private void close() {
        touchpointId = null;
        stageId = null;
        laneId = null;
        field.setVisible(false);
        canvas.requestFocus();
    }
}
