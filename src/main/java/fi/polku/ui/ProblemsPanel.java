package fi.polku.ui;

import fi.polku.io.Problem;
import fi.polku.model.JourneyMap;
import fi.polku.text.Localization;
import fi.polku.ui.canvas.JourneyCanvas;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems of a map opened with its problems listed: a small window beside the map, one located line a
 * problem; selecting a problem selects its card on the canvas and brings it into view.
 */
final class ProblemsPanel {
    private static final Pattern CARD = Pattern.compile("^\\$\\.touchpoints\\[(\\d+)]");

    private final Stage stage = new Stage();
    private final ListView<Problem> list = new ListView<>();

    /**
     * @param map the mended map as opened: it keeps every card of the file in the file's order, so a problem's
     *            path names its card by position even where the card's id was changed
     */
    ProblemsPanel(Window owner, Path file, JourneyMap map, List<Problem> problems, JourneyCanvas canvas,
                  fi.polku.ui.state.EditorState state) {
        list.setId("problems-list");
        list.getItems().setAll(problems);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Problem problem, boolean empty) {
                super.updateItem(problem, empty);
                setText(empty || problem == null ? null : problem.in(Localization.ui()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, problem) -> {
            if (problem != null) {
                cardOf(problem, map).ifPresent(id -> {
                    state.selectCards(List.of(id));
                    canvas.zoomToSelection();
                });
            }
        });
        Label hint = new Label(Messages.get("problems.hint"));
        hint.setWrapText(true);
        // A wrapped label otherwise keeps one line and cuts the rest off with an ellipsis.
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox root = new VBox(8, hint, list);
        root.setId("problems-panel");
        root.setPadding(new Insets(10));
        VBox.setVgrow(list, Priority.ALWAYS);
        stage.initOwner(owner);
        stage.setTitle(Messages.format("problems.title", file.getFileName()));
        stage.setScene(new Scene(root, 560, 300));
    }

    void show() {
        stage.show();
    }

    /** Closes the panel once {@code trigger} changes (another map opened): its problems belong to this one. */
    void closeWhen(javafx.beans.Observable trigger) {
        trigger.addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                o.removeListener(this);
                stage.close();
            }
        });
    }

    /** The id of the card a problem is about, when it is about one. */
    static Optional<String> cardOf(Problem problem, JourneyMap map) {
        Matcher m = CARD.matcher(problem.path());
        if (!m.find()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(m.group(1));
        return index < map.touchpoints().size() ? Optional.of(map.touchpoints().get(index).id()) : Optional.empty();
    }
}
