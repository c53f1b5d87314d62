package fi.polku.bench;

import fi.polku.ui.FirstFrameProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The startup baseline: the smallest JavaFX window, a label in a 1280 × 800 scene. */
public final class HelloWindowApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Hello");
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 800));
        stage.show();
        FirstFrameProbe.afterShow();
    }
}
