package fi.polku.bench;

import fi.polku.io.MapFiles;
import fi.polku.ui.FirstFrameProbe;
import fi.polku.ui.canvas.JourneyCanvas;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;

/**
 * An information subject of the startup figures, the journey canvas alone: opens the map file given as the
 * argument through the real codec and shows it on the canvas fitted to a 1280 × 800 window.
 */
public final class MapWindowApp extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        JourneyCanvas canvas = new JourneyCanvas();
        canvas.setMap(MapFiles.load(Path.of(getParameters().getRaw().getFirst())));
        stage.setTitle("Polku");
        stage.setScene(new Scene(canvas, 1280, 800));
        stage.show();
        canvas.fitToWindow();
        FirstFrameProbe.afterShow();
    }
}
