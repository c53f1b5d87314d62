package fi.polku.ui.export;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** A shown owner window in the app's theme, as the main window would be. */
final class TestStages {
    private TestStages() {
    }

    static void show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }
}
