package fi.polku.render;

import fi.polku.layout.DropTarget;
import fi.polku.layout.Rect;

import java.util.Set;

/**
 * The editing state drawn over a map on screen only: selection outlines, the focused card, hover,
 * a drop indicator and a rubber band. Exports pass {@link #NONE}.
 *
 * @param focusedId  touchpoint with keyboard focus, or null
 * @param hoverId    touchpoint under the pointer, or null
 * @param drop       where dragged cards would land, or null
 * @param rubberBand the selection rectangle being dragged, or null
 * @param canvasFocused whether the canvas has keyboard focus (the focused card gets a focus ring)
 * @param dragged    cards being dragged, drawn again shifted by (dragDx, dragDy) under the pointer
 * @param selectedStageId stage whose header is selected, or null
 * @param selectedLaneId  lane whose header is selected, or null
 */
public record Overlay(Set<String> selection, String focusedId, String hoverId, DropTarget drop, Rect rubberBand,
                      boolean canvasFocused, Set<String> dragged, double dragDx, double dragDy,
                      String selectedStageId, String selectedLaneId) {
    public static final Overlay NONE = new Overlay(Set.of(), null, null, null, null, false, Set.of(), 0, 0, null,
            null);

    public Overlay {
        selection = Set.copyOf(selection);
        dragged = Set.copyOf(dragged);
    }
}
