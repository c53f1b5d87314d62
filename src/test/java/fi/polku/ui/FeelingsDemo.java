package fi.polku.ui;

import fi.polku.io.MapFiles;
import fi.polku.model.Feeling;
import fi.polku.model.FeelingVocabulary;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Opens the store bus with named and intended feelings on its emotion cards, for looking at the emotion
 * lane's two curves and the feelings' dialogs: {@code --metrics} or {@code --feelings} opens that dialog,
 * {@code --gaps} the analysis dock on the feeling gaps, {@code --select} selects the first felt card.
 */
public final class FeelingsDemo extends Application {
    /** A plain main, so that the JavaFX runtime is found on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(FeelingsDemo.class, args);
        }
    }

    static JourneyMap aimed(JourneyMap map) {
        List<Feeling> words = FeelingVocabulary.builtIn(Localization.ENGLISH);
        List<Touchpoint> cards = new ArrayList<>();
        List<Touchpoint> felt = map.touchpoints().stream().filter(t -> t.emotion() != null).toList();
        for (Touchpoint t : map.touchpoints()) {
            if (t.emotion() != null) {
                double e = t.emotion();
                Feeling nearest = words.stream().min(Comparator.comparingDouble(f -> Math.abs(f.emotion() - e))).orElseThrow();
                int at = felt.indexOf(t);
                String aim = at == 0 ? "confident" : at == felt.size() - 1 ? "delighted" : "satisfied";
                t = t.withFeeling(nearest.id()).withIntendedFeeling(aim);
            }
            cards.add(t);
        }
        return map.withTouchpoints(cards);
    }

    @Override
    public void start(Stage stage) throws Exception {
        PolkuApp.loadFonts();
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        var args = getParameters().getRaw();
        JourneyMap map = aimed(MapFiles.load(Path.of("assets/samples/store-bus.polku.json")));
        if (args.contains("--en")) {
            map = map.withLanguage("en");
        }
        MainWindow window = new MainWindow(stage, PolkuHome.fromSystem(), map, null);
        window.show();
        stage.setMaximized(true);
        if (args.contains("--select")) {
            window.state().selectCards(List.of(map.touchpoints().stream().filter(t -> t.emotion() != null)
                    .findFirst().orElseThrow().id()));
        }
        if (args.contains("--gaps")) {
            // Shown once the window has its full size, as a user would open it.
            var later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(4));
            later.setOnFinished(e -> {
                window.analysisDock().shownProperty().set(true);
                window.analysisDock().pane().getSelectionModel().select(window.analysisDock().pane().getTabs()
                        .stream().filter(t -> "gaps".equals(t.getId())).findFirst().orElseThrow());
            });
            later.play();
        }
        if (args.contains("--metrics")) {
            Platform.runLater(() -> {
                window.inspector().setVvalue(1);
                window.stage().getScene().lookup("#map-metrics").getClass();
                ((javafx.scene.control.Button) window.stage().getScene().lookup("#map-metrics")).fire();
            });
        }
        if (args.contains("--feelings")) {
            Platform.runLater(() -> ((javafx.scene.control.Button) window.stage().getScene().lookup("#map-feelings")).fire());
        }
    }
}
