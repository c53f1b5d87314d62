package fi.polku.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Opens every dialog, alert and extra window of the app over its owner: owned, modal to it, at its
 * preferred size and centred on it, with its title bar on the screen.
 *
 * <p>JavaFX places a window before it knows its real size, and a window manager such as Openbox may size
 * it before its content is laid out: the first dialogs opened at the screen's corner with their title bars
 * off-screen, and the shortcut sheet opened 109 px tall. So the window is sized to its scene and centred
 * once it is shown, using its real width and height, and once more after the window manager's answer.
 */
public final class DialogPlacement {
    private static final Duration SETTLING = Duration.millis(1500);

    private DialogPlacement() {
    }

    /** Makes {@code dialog} open modal to and centred over {@code owner} (null: the screen); returns it. */
    public static <D extends Dialog<?>> D centred(D dialog, Window owner) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        if (!dialog.isShowing()) {
            dialog.initModality(owner == null ? Modality.APPLICATION_MODAL : Modality.WINDOW_MODAL);
        }
        // A Dialog is shown in a Stage of its own, made with the dialog.
        var scene = dialog.getDialogPane().getScene();
        if (scene != null && scene.getWindow() != null) {
            onShown(scene.getWindow(), owner);
        }
        return dialog;
    }

    /** Makes {@code stage} open modal to and centred over {@code owner} (null: the screen); returns it. */
    public static Stage centred(Stage stage, Window owner) {
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
        }
        if (!stage.isShowing()) {
            stage.initModality(owner == null ? Modality.APPLICATION_MODAL : Modality.WINDOW_MODAL);
        }
        onShown(stage, owner);
        return stage;
    }

    private static void onShown(Window window, Window owner) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            window.sizeToScene();
            place(window, owner);
            // For a moment after the window is mapped, its content may still grow and the window manager
            // may answer with the size the window had before (the sheet fell back to 109 px): the window
            // keeps the largest size it has had and is centred again on each change until it settles,
            // but never after, when a change is the user's own resizing.
            double[] largest = {window.getWidth(), window.getHeight()};
            ChangeListener<Number> again = (o, was, now) -> {
                // Never larger than the screen, which place() keeps it within.
                Rectangle2D screen = screenOf(owner != null && owner.isShowing() ? owner : window);
                largest[0] = Math.min(largest[0], screen.getWidth());
                largest[1] = Math.min(largest[1], screen.getHeight());
                if (window.getWidth() < largest[0] - 1 || window.getHeight() < largest[1] - 1) {
                    window.setWidth(Math.max(window.getWidth(), largest[0]));
                    window.setHeight(Math.max(window.getHeight(), largest[1]));
                }
                largest[0] = Math.max(largest[0], window.getWidth());
                largest[1] = Math.max(largest[1], window.getHeight());
                place(window, owner);
            };
            window.widthProperty().addListener(again);
            window.heightProperty().addListener(again);
            PauseTransition settle = new PauseTransition(SETTLING);
            settle.setOnFinished(done -> {
                window.widthProperty().removeListener(again);
                window.heightProperty().removeListener(again);
            });
            settle.play();
            Platform.runLater(() -> place(window, owner));
        });
    }

    /** Centres {@code window} over {@code owner}, no larger than the screen and with its title bar on it. */
    static void place(Window window, Window owner) {
        if (!window.isShowing()) {
            return;
        }
        Rectangle2D screen = screenOf(owner != null && owner.isShowing() ? owner : window);
        double width = Math.min(window.getWidth(), screen.getWidth());
        double height = Math.min(window.getHeight(), screen.getHeight());
        if (width != window.getWidth()) {
            window.setWidth(width);
        }
        if (height != window.getHeight()) {
            window.setHeight(height);
        }
        double centreX = owner != null && owner.isShowing() ? owner.getX() + owner.getWidth() / 2
                : screen.getMinX() + screen.getWidth() / 2;
        double centreY = owner != null && owner.isShowing() ? owner.getY() + owner.getHeight() / 2
                : screen.getMinY() + screen.getHeight() / 2;
        // Kept on the screen, title bar first, even when the owner is partly off it.
        double x = clamp(centreX - width / 2, screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(centreY - height / 2, screen.getMinY(), screen.getMaxY() - height);
        window.setX(x);
        window.setY(y);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }

    private static Rectangle2D screenOf(Window window) {
        double x = window.getX() + window.getWidth() / 2;
        double y = window.getY() + window.getHeight() / 2;
        return Screen.getScreens().stream().filter(s -> s.getBounds().contains(x, y)).findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
    }
}
