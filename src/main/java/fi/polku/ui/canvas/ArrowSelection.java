package fi.polku.ui.canvas;

import fi.polku.layout.MapLayout;
import javafx.collections.SetChangeListener;

/**
 * Keeps the selected arrow and the other selections apart: selecting an arrow clears the cards and
 * headers, selecting a card or header clears the arrow, so one thing at a time looks selected.
 */
final class ArrowSelection {
    private ArrowSelection() {
    }

    static void install(JourneyCanvas canvas) {
        var arrow = canvas.selectedConnectionProperty();
        arrow.addListener((o, was, now) -> {
            if (now != null) {
                canvas.getSelection().clear();
                canvas.selectedStageProperty().set(null);
                canvas.selectedLaneProperty().set(null);
                canvas.setFocusedCard(null);
            }
            canvas.requestRepaint();
        });
        canvas.getSelection().addListener((SetChangeListener<String>) c -> {
            if (c.wasAdded()) {
                arrow.set(null);
            }
        });
        canvas.selectedStageProperty().addListener((o, was, now) -> clearIf(canvas, now));
        canvas.selectedLaneProperty().addListener((o, was, now) -> clearIf(canvas, now));
    }

    /** Forgets the selected arrow once a new map no longer has it (deleted, undone). */
    static void dropIfGone(JourneyCanvas canvas, MapLayout layout) {
        String id = canvas.selectedConnectionProperty().get();
        if (id != null && layout.connections().stream().noneMatch(c -> c.id().equals(id))) {
            canvas.selectedConnectionProperty().set(null);
        }
    }

    private static void clearIf(JourneyCanvas canvas, String selectedHeader) {
        if (selectedHeader != null) {
            canvas.selectedConnectionProperty().set(null);
        }
    }
}
