package fi.polku.ui.templates;

import fi.polku.io.Problem;
import fi.polku.io.template.Template;
import fi.polku.io.template.TemplateLibrary;
import fi.polku.text.Localization;
import fi.polku.ui.DialogButtons;
import fi.polku.ui.DialogPlacement;
import fi.polku.ui.Messages;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * File → New from Template…: the built-in templates and the user's own in two groups of tiles, each with a
 * small picture, its name and one line about it. Double-click, Enter or Open chooses one; the user's own
 * can be deleted here (after a confirmation). Arrow keys move between the tiles.
 */
final class TemplateGallery extends Dialog<Template> {
    static final int COLUMNS = 4;
    private static final double TILE_GAP = 14;
    private final TemplateLibrary library;
    private final TemplatePreviews previews;
    private final List<TemplateTile> tiles = new ArrayList<>();
    private final TilePane ownTiles = tilePane("template-user-tiles");
    private final Label noOwn = new Label(Messages.get("templates.user.none"));
    private final ButtonType open = DialogButtons.of("templates.open", ButtonBar.ButtonData.OK_DONE);
    private final TileScroller scroll;
    private TemplateTile selected;

    TemplateGallery(Window owner, TemplateLibrary library, List<Template> builtIn, TemplatePreviews previews) {
        this.library = library;
        this.previews = previews;
        setTitle(Messages.get("templates.title"));
        getDialogPane().setId("template-gallery");
        getDialogPane().getStylesheets().add(TemplateGallery.class.getResource("templates.css").toExternalForm());
        getDialogPane().getButtonTypes().addAll(open, DialogButtons.cancel());
        getDialogPane().lookupButton(open).setDisable(true);

        TilePane builtInTiles = tilePane("template-built-in-tiles");
        builtIn.forEach(t -> builtInTiles.getChildren().add(tile(t, false)));
        TemplateLibrary.UserTemplates own = library.user();
        own.templates().forEach(t -> ownTiles.getChildren().add(tile(t, true)));
        noOwn.getStyleClass().add("template-none");
        noOwn.setWrapText(true);
        noOwn.setId("template-user-none");
        VBox groups = new VBox(group("templates.builtIn"), builtInTiles, group("templates.user"), ownTiles, noOwn);
        groups.getStyleClass().add("template-groups");
        if (!own.problems().isEmpty()) {
            groups.getChildren().add(problems(own.problems()));
        }
        showNoneWhenEmpty();
        scroll = new TileScroller(groups);
        getDialogPane().setContent(scroll);
        // Room for four tiles a row and a little over two rows, so that the user group shows below.
        scroll.setPrefViewportWidth(COLUMNS * (TemplateTile.WIDTH + TILE_GAP) + 16);
        scroll.setPrefViewportHeight(600);
        setResizable(true);
        setResultConverter(button -> button == open && selected != null ? selected.template() : null);
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        DialogPlacement.centred(this, owner);
        // Later than the dialog's own focusing of its default button, so that the arrows move between tiles.
        setOnShown(e -> Platform.runLater(() -> {
            if (!tiles.isEmpty()) {
                select(tiles.getFirst());
            }
        }));
    }

    private TemplateTile tile(Template template, boolean own) {
        TemplateTile tile = new TemplateTile(template, own ? this::delete : null);
        tile.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            select(tile);
            if (e.getClickCount() == 2) {
                ((Button) getDialogPane().lookupButton(open)).fire();
            }
        });
        tile.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                select(tile);
            }
        });
        previews.request(template, tile::showPicture);
        tiles.add(tile);
        return tile;
    }

    private void select(TemplateTile tile) {
        if (selected != null) {
            selected.setSelected(false);
        }
        selected = tile;
        if (tile != null) {
            tile.setSelected(true);
            if (!tile.isFocused()) {
                tile.requestFocus();
            }
        }
        getDialogPane().lookupButton(open).setDisable(tile == null);
    }

    /** Arrows move between tiles (up and down by a row); Delete removes the selected own template. */
    private void keys(KeyEvent e) {
        if (selected == null || !(e.getTarget() instanceof TemplateTile)) {
            return;
        }
        int at = tiles.indexOf(selected);
        int next = switch (e.getCode()) {
            case LEFT -> at - 1;
            case RIGHT -> at + 1;
            case UP -> tiles.indexOf(rowNeighbour(-1));
            case DOWN -> tiles.indexOf(rowNeighbour(1));
            case HOME -> 0;
            case END -> tiles.size() - 1;
            default -> -2;
        };
        if (next != -2) {
            select(tiles.get(Math.clamp(next, 0, tiles.size() - 1)));
            scroll.ensureVisible(selected);
            e.consume();
        } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                && !selected.template().builtIn()) {
            delete(selected);
            e.consume();
        }
    }

    /**
     * The tile in the row above (-1) or below (+1) nearest the selected one's middle, across the two groups;
     * the selected tile itself when there is no such row.
     */
    private TemplateTile rowNeighbour(int direction) {
        Bounds from = selected.localToScene(selected.getBoundsInLocal());
        TemplateTile best = selected;
        double bestRow = Double.MAX_VALUE;
        double bestGap = Double.MAX_VALUE;
        for (TemplateTile tile : tiles) {
            Bounds b = tile.localToScene(tile.getBoundsInLocal());
            double row = direction > 0 ? b.getMinY() - from.getMaxY() : from.getMinY() - b.getMaxY();
            double gap = Math.abs(b.getCenterX() - from.getCenterX());
            if (row >= -1 && (row < bestRow - 1 || Math.abs(row - bestRow) <= 1 && gap < bestGap)) {
                best = tile;
                bestRow = row;
                bestGap = gap;
            }
        }
        return best;
    }

    private void delete(TemplateTile tile) {
        Template template = tile.template();
        ButtonType delete = DialogButtons.of("templates.delete.ok", ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = DialogButtons.cancel();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("templates.delete.text"), delete, cancel);
        ask.setTitle(Messages.get("templates.delete.title"));
        ask.setHeaderText(Messages.format("templates.delete.header", template.name()));
        ask.getDialogPane().setId("confirm-template-deletion");
        DialogPlacement.centred(ask, getDialogPane().getScene().getWindow());
        if (ask.showAndWait().orElse(cancel) != delete) {
            return;
        }
        try {
            library.delete(template);
        } catch (IOException e) {
            Alert failed = new Alert(Alert.AlertType.ERROR, Messages.format("error.located",
                    template.userFile().orElseThrow(), e.getMessage()), DialogButtons.ok());
            failed.setTitle(Messages.get("templates.delete.failed"));
            failed.setHeaderText(Messages.get("templates.delete.failed"));
            DialogPlacement.centred(failed, getDialogPane().getScene().getWindow());
            failed.showAndWait();
            return;
        }
        previews.forget(template);
        int at = tiles.indexOf(tile);
        tiles.remove(tile);
        ownTiles.getChildren().remove(tile);
        showNoneWhenEmpty();
        select(tiles.isEmpty() ? null : tiles.get(Math.min(at, tiles.size() - 1)));
    }

    private void showNoneWhenEmpty() {
        boolean none = ownTiles.getChildren().isEmpty();
        noOwn.setVisible(none);
        noOwn.setManaged(none);
        ownTiles.setVisible(!none);
        ownTiles.setManaged(!none);
    }

    private static Label group(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("template-group");
        return label;
    }

    private static TilePane tilePane(String id) {
        TilePane pane = new TilePane();
        pane.setId(id);
        pane.getStyleClass().add("template-tiles");
        pane.setPrefColumns(COLUMNS);
        pane.setHgap(TILE_GAP);
        pane.setVgap(TILE_GAP);
        return pane;
    }

    /** The user template files that could not be read, one per line, so that none is lost without a word. */
    private static Label problems(List<Problem> problems) {
        Label label = new Label(Messages.format("templates.user.unreadable", problems.stream()
                .map(p -> p.in(Localization.ui())).collect(Collectors.joining("\n"))));
        label.setId("template-problems");
        label.getStyleClass().add("template-problems");
        label.setWrapText(true);
        return label;
    }
}
