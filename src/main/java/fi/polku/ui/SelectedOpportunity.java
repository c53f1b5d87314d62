package fi.polku.ui;

import fi.polku.ui.canvas.JourneyCanvas;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.SetChangeListener;

/**
 * The opportunity the inspector shows, if any: view state of one window like the canvas selection, and
 * exclusive with it. Selecting an opportunity clears the canvas selection; selecting anything on the
 * canvas, or the opportunity leaving the map (delete, undo), clears it.
 */
public final class SelectedOpportunity {
    private final ReadOnlyObjectWrapper<String> id = new ReadOnlyObjectWrapper<>(this, "selectedOpportunity");
    private final JourneyCanvas canvas;

    public SelectedOpportunity(Document document, JourneyCanvas canvas) {
        this.canvas = canvas;
        canvas.getSelection().addListener((SetChangeListener<String>) c -> {
            if (!canvas.getSelection().isEmpty()) {
                clear();
            }
        });
        canvas.selectedStageProperty().addListener((o, was, now) -> clearIfSet(now));
        canvas.selectedLaneProperty().addListener((o, was, now) -> clearIfSet(now));
        canvas.selectedConnectionProperty().addListener((o, was, now) -> clearIfSet(now));
        document.mapProperty().addListener((o, was, map) -> {
            if (id.get() != null && map.opportunities().stream().noneMatch(op -> op.id().equals(id.get()))) {
                clear();
            }
        });
    }

    /** Shows the opportunity in the inspector; the canvas selection is cleared first. */
    public void select(String opportunityId) {
        canvas.clearSelection();
        canvas.selectedStageProperty().set(null);
        canvas.selectedLaneProperty().set(null);
        id.set(opportunityId);
    }

    public void clear() {
        id.set(null);
    }

    /** The selected opportunity's id, or null. */
    public String get() {
        return id.get();
    }

    public ReadOnlyObjectProperty<String> idProperty() {
        return id.getReadOnlyProperty();
    }

    private void clearIfSet(String canvasSelected) {
        if (canvasSelected != null) {
            clear();
        }
    }
}
