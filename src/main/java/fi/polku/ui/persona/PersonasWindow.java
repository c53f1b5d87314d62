package fi.polku.ui.persona;

import fi.polku.ui.Document;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * View → Personas…: the personas panel in a window of its own beside the map, not modal, so that cards
 * can be marked and the filter tried while it stays open. One per map window; asking again brings it
 * to the front.
 */
public final class PersonasWindow {
    private static final String KEY = PersonasWindow.class.getName();

    private PersonasWindow() {
    }

    /** Shows the map window's personas window, making it the first time. */
    public static Stage open(Window owner, Document document, DocumentEditor editor) {
        if (owner.getProperties().get(KEY) instanceof Stage shown) {
            shown.show();
            shown.toFront();
            return shown;
        }
        Stage stage = new Stage();
        Label heading = new Label(Messages.get("personas.title"));
        heading.getStyleClass().add("inspector-heading");
        ScrollPane scroll = new ScrollPane(new PersonasPane(document, editor).node());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Button close = new Button(Messages.get("dialog.close"));
        close.setId("personas-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(scroll, heading, null, buttons, null);
        root.setId("personas-window");
        root.setPadding(new Insets(12));
        BorderPane.setMargin(scroll, new Insets(8, 0, 8, 0));
        Scene scene = new Scene(root, 390, 640);
        var css = PersonasWindow.class.getResource("/fi/polku/ui/polku.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(Messages.get("personas.title"));
        // Over the inspector's side, not modal: the map stays in view and at hand while it is open.
        stage.setOnShown(e -> {
            stage.setX(Math.max(owner.getX(), owner.getX() + owner.getWidth() - stage.getWidth() - 24));
            stage.setY(owner.getY() + Math.min(110, Math.max(0, owner.getHeight() - stage.getHeight())));
        });
        owner.getProperties().put(KEY, stage);
        stage.show();
        return stage;
    }
}
