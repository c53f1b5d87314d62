package fi.polku.ui;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.net.URL;
import java.util.List;

/**
 * The app's icon (assets/icons, drawn from polku.svg) on a window: the title bar and the task switcher pick
 * the size they show from these. The images load in the background, so they never hold up the first frame.
 */
final class AppIcon {
    private static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    static void install(Stage stage) {
        for (int size : SIZES) {
            URL url = AppIcon.class.getResource("/assets/icons/polku-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm(), true));
            }
        }
    }
}
