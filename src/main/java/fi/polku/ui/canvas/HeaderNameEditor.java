package fi.polku.ui.canvas;

import fi.polku.layout.FontFace;
import fi.polku.layout.HeaderBox;
import fi.polku.render.fx.FxFonts;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The text field laid over a stage or lane header for renaming it in place, like the card title
 * editor: Enter or leaving the field commits a changed, non-blank name as one rename; Esc cancels.
 */
final class HeaderNameEditor {
    private final JourneyCanvas canvas;
    private final TextField field = new TextField();
    private String stageId;
    private String laneId;
    private String original;

    HeaderNameEditor(JourneyCanvas canvas) {
        this.canvas = canvas;
        field.setId("header-name-editor");
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
            if (!now && isEditing()) {
                commit();
            }
        });
    }

    TextField field() {
        return field;
    }

    boolean isEditing() {
        return stageId != null || laneId != null;
    }

    /** Starts renaming a stage (laneId null) or a lane (stageId null). */
    void begin(String stage, String lane, String name) {
        stageId = stage;
        laneId = lane;
        original = name;
        field.setText(name);
        field.setVisible(true);
        layoutField();
        field.requestFocus();
        field.selectAll();
    }

    private HeaderBox header() {
        var layout = canvas.mapLayout();
        var list = stageId != null ? layout.stageHeaders() : layout.laneHeaders();
        String id = stageId != null ? stageId : laneId;
        return list.stream().filter(h -> h.id().equals(id)).findFirst().orElse(null);
    }

    /** Follows the header when the view zooms or scrolls; closes when the header is gone. */
    void layoutField() {
        if (!isEditing()) {
            return;
        }
        HeaderBox header = header();
        if (header == null) {
            close();
            return;
        }
        CanvasViewport v = canvas.viewport();
        double z = v.zoom();
        double size = Math.max(9, Math.min(48, canvas.mapLayout().theme().titleSize() * z));
        field.setFont(FxFonts.font(FontFace.BOLD, size));
        // Headers stay pinned at the top and left edge while the map scrolls, and so does the field.
        double x = v.toScreenX(header.bounds().x() + 2);
        double y = v.toScreenY(header.bounds().y() + 2);
        if (stageId != null) {
            y = Math.max(2, y);
        } else {
            x = Math.max(2, x);
        }
        double w = Math.max(140, (header.bounds().w() - 4) * z);
        double h = Math.max(field.prefHeight(-1), size * 2);
        field.resizeRelocate(x, y, w, h);
    }

    private void commit() {
        if (!isEditing()) {
            return;
        }
        String stage = stageId;
        String lane = laneId;
        String text = field.getText() == null ? "" : field.getText().strip();
        String before = original;
        close();
        if (text.isEmpty() || text.equals(before)) {
            return;
        }
        if (stage != null) {
            canvas.actions().renameStage(stage, text);
        } else {
            canvas.actions().renameLane(lane, text);
        }
    }

    private void close() {
        stageId = null;
        laneId = null;
        field.setVisible(false);
        canvas.requestFocus();
    }
}
