package fi.polku.ui.analysis;

import atlantafx.base.theme.PrimerLight;
import fi.polku.io.MapFiles;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;

/**
 * Shows {@link AnalysisPane} for a map file in a window, to look at it (screenshots) without the main
 * window. Arguments: MAP|big [TAB-INDEX [SURVEY-FILE [read]]]: "big" is 200 generated touchpoints; a survey
 * file opens the import dialog on it, and "read" also reads it. Run through {@link #main}, which starts JavaFX from the class path.
 */
public final class AnalysisPreview extends Application {
    public static void main(String[] args) {
        Application.launch(AnalysisPreview.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        var args = getParameters().getRaw();
        AnalysisPane pane = new AnalysisPane();
        var map = args.getFirst().equals("big") ? MapGeneratorMaps.withImportanceAndCsat(200)
                : MapFiles.load(Path.of(args.getFirst()));
        pane.setMap(map);
        pane.setOnTouchpointClicked(id -> System.out.println("clicked " + id));
        if (args.size() > 1) {
            pane.getSelectionModel().select(Integer.parseInt(args.get(1)));
        }
        stage.setTitle("Analysis: " + args.getFirst());
        stage.setScene(new Scene(pane, 1280, 800));
        stage.show();
        if (args.size() > 2) {
            SurveyImportDialog dialog = new SurveyImportDialog(map);
            dialog.initOwner(stage);
            dialog.show();
            dialog.setFile(Path.of(args.get(2)));
            if (args.size() > 3) {
                dialog.readingProperty().addListener((o, was, now) -> {
                    if (!now && dialog.importResultProperty().get() == null) {
                        dialog.startReading();
                    }
                });
            }
        }
    }
}
