package fi.polku.ui.templates;

import fi.polku.io.template.Template;
import fi.polku.ui.Messages;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

import java.util.function.Consumer;

/**
 * One template in the gallery: its small picture, its name and one line about it; a user's own has a button
 * that hands the tile to {@code delete}.
 */
final class TemplateTile extends VBox {
    /** The tile's width: the picture's and its padding. */
    static final double WIDTH = TemplatePreviews.WIDTH + 20;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final Template template;
    private final ImageView picture = new ImageView();

    TemplateTile(Template template, Consumer<TemplateTile> delete) {
        this.template = template;
        getStyleClass().add("template-tile");
        // A user's file may bear a built-in template's name: the ids of the two groups differ.
        setId((template.builtIn() ? "template-" : "template-user-") + nodeId(template.id()));
        setFocusTraversable(true);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        picture.setFitWidth(TemplatePreviews.WIDTH);
        picture.setFitHeight(TemplatePreviews.HEIGHT);
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        StackPane frame = new StackPane(picture);
        frame.getStyleClass().add("template-picture");
        frame.setMinSize(TemplatePreviews.WIDTH + 2, TemplatePreviews.HEIGHT + 2);
        frame.setMaxSize(TemplatePreviews.WIDTH + 2, TemplatePreviews.HEIGHT + 2);
        if (delete != null) {
            Button remove = new Button(null, new FontIcon(MaterialDesignD.DELETE_OUTLINE));
            remove.getStyleClass().add("template-delete");
            remove.setId("template-delete-" + nodeId(template.id()));
            remove.setFocusTraversable(false);
            remove.setTooltip(new Tooltip(Messages.get("templates.delete")));
            remove.setAccessibleText(Messages.get("templates.delete"));
            remove.setOnAction(e -> delete.accept(this));
            StackPane.setAlignment(remove, Pos.TOP_RIGHT);
            frame.getChildren().add(remove);
        }
        Label name = new Label(template.name().isBlank() ? Messages.get("map.untitled") : template.name());
        name.getStyleClass().add("template-name");
        name.setWrapText(false);
        Label about = new Label(template.description());
        about.getStyleClass().add("template-description");
        about.setWrapText(true);
        about.setMinHeight(0);
        about.setMaxHeight(Double.MAX_VALUE);
        about.setPrefWidth(TemplatePreviews.WIDTH);
        // The full line when the tile has to cut it short.
        if (!template.description().isEmpty()) {
            about.setTooltip(new Tooltip(template.description()));
        }
        getChildren().addAll(frame, name, about);
        setAccessibleText(template.name() + ". " + template.description());
    }

    /** A user template's id is its file name: what CSS cannot take in an id becomes "_". */
    static String nodeId(String templateId) {
        return templateId.replaceAll("[^\\p{Alnum}_-]", "_");
    }

    Template template() {
        return template;
    }

    void showPicture(Image image) {
        picture.setImage(image);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}
