package fi.polku.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's icon (assets/icons, drawn from polku.svg) on a window: the title bar and the task switcher pick
 * the size they show from these. The images are read on a thread of their own and handed to the window once
 * complete (a window given images still loading keeps the system's default icon), so they never hold up the
 * first frame. A start reads them once that frame is on the screen: on two cores, decoding seven PNGs beside
 * the window's own work slowed the frame with the map.
 */
final class AppIcon {
    private static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    /** Reads the icons once the window's first frame has been rendered (the second pulse after this call). */
    static void installAfterFirstFrame(Stage stage) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    install(stage);
                }
            }
        }.start();
    }

    static void install(Stage stage) {
        Thread.ofPlatform().daemon().name("polku-icon").start(() -> {
            List<Image> images = new ArrayList<>();
            for (int size : SIZES) {
                URL url = AppIcon.class.getResource("/assets/icons/polku-" + size + ".png");
                if (url != null) {
                    images.add(new Image(url.toExternalForm()));
                }
            }
            Platform.runLater(() -> stage.getIcons().setAll(images));
        });
    }
}
