package fi.polku.ui.canvas;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import java.util.function.BooleanSupplier;

/**
 * The text field that the canvas lays over a card title, a header or an arrow label while it is renamed:
 * Enter or moving focus away commits, Esc cancels. One field per editor, made on first use.
 */
final class OverlayTextField {
    private OverlayTextField() {
    }

    static TextField create(JourneyCanvas canvas, Runnable commit, Runnable cancel, BooleanSupplier editing) {
        TextField field = new TextField();
        field.getStyleClass().add("inline-title-editor");
        field.setVisible(false);
        field.setManaged(false);
        field.setOnAction(e -> commit.run());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel.run();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && editing.getAsBoolean()) {
                commit.run();
            }
        });
        canvas.addOverlay(field);
        return field;
    }
}
