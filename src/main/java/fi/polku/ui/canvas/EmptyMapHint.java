package fi.polku.ui.canvas;

import fi.polku.model.JourneyMap;
import fi.polku.ui.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What to do first, shown over the canvas while the map has no cards: add a touchpoint, reorder the
 * headers, import survey answers. It lets the mouse through, so the cells under it stay double-clickable.
 */
final class EmptyMapHint {
    private final VBox box = new VBox();
    private final Label title = new Label(Messages.get("hint.empty.title"));

    EmptyMapHint() {
        box.setId("canvas-empty-hint");
        box.getStyleClass().add("canvas-hint");
        box.setMouseTransparent(true);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 15px;");
        box.setVisible(false);
    }

    Node node() {
        return box;
    }

    /** Shows the hint for a map without touchpoints (the grid ones when it has no stage or lane), else hides it. */
    void show(JourneyMap map) {
        boolean empty = map.touchpoints().isEmpty();
        box.setVisible(empty);
        if (!empty) {
            // Hidden lines would still be styled and measured: a start builds the window on a blank map and
            // opens the real one before the first frame, which should not pay for the blank map's hint.
            box.getChildren().clear();
            return;
        }
        box.getChildren().setAll(title);
        if (map.stages().isEmpty() || map.lanes().isEmpty()) {
            box.getChildren().add(line(Messages.format("hint.empty.noGrid", menuName("menu.insert"))));
        } else {
            box.getChildren().addAll(line("\u2022 " + Messages.get("hint.empty.cell")),
                    line("\u2022 " + Messages.get("hint.empty.headers")),
                    line("\u2022 " + Messages.format("hint.empty.import", menuName("menu.file"),
                            Messages.get("action.importSurvey"))));
        }
    }

    /** Centres the hint in a view of this size. */
    void layout(double width, double height) {
        if (!box.isVisible()) {
            return;
        }
        double w = Math.min(box.prefWidth(-1), Math.max(0, width - 40));
        double h = box.prefHeight(w);
        box.resizeRelocate(Math.max(0, (width - w) / 2), Math.max(0, (height - h) / 2), w, h);
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** A menu's name as the menu bar shows it, without its mnemonic marker. */
    private static String menuName(String key) {
        return Messages.get(key).replace("_", "");
    }
}
