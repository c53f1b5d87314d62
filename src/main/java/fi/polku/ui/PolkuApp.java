package fi.polku.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop application (placeholder window until the real workbench replaces this class). */
public class PolkuApp extends Application {
    /** Starts JavaFX and opens the main window; a single argument is the map file to open. */
    public static void launchApp(String[] args) {
        launch(PolkuApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        String file = getParameters().getRaw().isEmpty() ? "" : getParameters().getRaw().getFirst();
        Label label = new Label(file.isEmpty() ? "Polku" : "Polku: " + file);
        stage.setTitle("Polku");
        stage.setScene(new Scene(new StackPane(label), 640, 400));
        stage.show();
        FirstFrameProbe.afterShow();
    }
}
