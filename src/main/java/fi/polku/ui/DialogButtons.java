package fi.polku.ui;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * The buttons of the window's dialogs, worded from the bundles in the user-interface language. JavaFX's
 * own {@link ButtonType#OK}, {@link ButtonType#CANCEL} and the rest speak only the languages JavaFX ships,
 * which Finnish is not, so no dialog uses them. The {@link ButtonData} keeps Enter on the default button
 * and Esc on the cancelling one, and places the buttons in the platform's order.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    /** Accepts the dialog; the default button (Enter). */
    public static ButtonType ok() {
        return of("dialog.ok", ButtonData.OK_DONE);
    }

    /** Leaves the dialog without doing anything; the cancelling button (Esc). */
    public static ButtonType cancel() {
        return of("dialog.cancel", ButtonData.CANCEL_CLOSE);
    }

    /** Closes a dialog that only informs; both Enter and Esc close it. */
    public static ButtonType close() {
        return of("dialog.close", ButtonData.CANCEL_CLOSE);
    }

    /** A button worded by {@code key}, e.g. "Delete" with {@link ButtonData#OK_DONE}. */
    public static ButtonType of(String key, ButtonData data) {
        return new ButtonType(Messages.get(key), data);
    }
}
