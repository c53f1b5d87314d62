package fi.polku.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableNumberValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip under the map: messages, a busy indicator, the file, saved state, selection and zoom. */
public final class StatusBar extends HBox {
    private final Label message = new Label();

    public StatusBar(Document document, ObservableNumberValue zoom, javafx.beans.value.ObservableStringValue selectionText,
                     ObservableBooleanValue busy) {
        getStyleClass().add("status-bar");
        setId("status-bar");
        message.setId("status-message");
        // The spinner itself is made the first time the app is busy: a hidden spinner still gets its skin
        // (a ring of segments and their animation) in the window's first frame.
        javafx.scene.layout.StackPane spinner = new javafx.scene.layout.StackPane();
        spinner.visibleProperty().bind(busy);
        spinner.managedProperty().bind(busy);
        busy.addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (busy.get()) {
                    busy.removeListener(this);
                    ProgressIndicator indicator = new ProgressIndicator();
                    indicator.setId("status-busy");
                    indicator.setPrefSize(14, 14);
                    spinner.getChildren().add(indicator);
                }
            }
        });

        Label file = new Label();
        file.setId("status-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> document.file()
                .map(p -> p.toAbsolutePath().toString()).orElse(Messages.get("status.notSavedYet")),
                document.fileProperty(), Messages.language()));
        Label saved = new Label();
        saved.setId("status-saved");
        // A map that has no file yet is neither saved nor changed until the user edits it.
        saved.textProperty().bind(Bindings.createStringBinding(() -> document.isDirty()
                        ? Messages.get("status.unsaved")
                        : document.file().isPresent() ? Messages.get("status.saved.state") : "",
                document.dirtyProperty(), document.fileProperty(), Messages.language()));
        saved.styleProperty().bind(Bindings.when(document.dirtyProperty())
                .then("-fx-text-fill: -color-warning-fg;").otherwise(""));
        Label selection = new Label();
        selection.setId("status-selection");
        selection.textProperty().bind(selectionText);
        Label zoomLabel = new Label();
        zoomLabel.setId("status-zoom");
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("status.zoom", Math.round(zoom.doubleValue() * 100)), zoom,
                Messages.language()));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Separator savedSeparator = separator();
        for (var node : java.util.List.of(saved, savedSeparator)) {
            node.visibleProperty().bind(saved.textProperty().isNotEmpty());
            node.managedProperty().bind(node.visibleProperty());
        }
        getChildren().addAll(message, spinner, grow, file, separator(), saved, savedSeparator, selection,
                separator(), zoomLabel);
    }

    /** The transient message on the left, e.g. "Saving…" or an autosave problem. */
    public StringProperty messageProperty() {
        return message.textProperty();
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
