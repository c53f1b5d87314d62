package fi.polku.render;

import fi.polku.layout.DropTarget;
import fi.polku.layout.Rect;

import java.util.Set;

/**
 * The editing state drawn over a map on screen only: selection outlines, the focused card, hover,
 * a drop indicator, a rubber band and the cards a find matched. Exports pass {@link #NONE}.
 *
 * @param focusedId  touchpoint with keyboard focus, or null
 * @param hoverId    touchpoint under the pointer, or null
 * @param drop       where dragged cards would land, or null
 * @param rubberBand the selection rectangle being dragged, or null
 * @param canvasFocused whether the canvas has keyboard focus (the focused card gets a focus ring)
 * @param dragged    cards being dragged, drawn again shifted by (dragDx, dragDy) under the pointer
 * @param selectedStageId stage whose header is selected, or null
 * @param selectedLaneId  lane whose header is selected, or null
 * @param highlighted cards a find matched: ringed, the others dimmed; empty without a find
 */
public record Overlay(Set<String> selection, String focusedId, String hoverId, DropTarget drop, Rect rubberBand,
                      boolean canvasFocused, Set<String> dragged, double dragDx, double dragDy,
                      String selectedStageId, String selectedLaneId, Set<String> highlighted) {
    public static final Overlay NONE = new Overlay(Set.of(), null, null, null, null, false, Set.of(), 0, 0, null,
            null);

    public Overlay {
        selection = Set.copyOf(selection);
        dragged = Set.copyOf(dragged);
        // A find's own set is immutable already, so copyOf returns it: no copy of thousands of ids per paint.
        highlighted = Set.copyOf(highlighted);
    }

    /** An overlay without find highlights. */
    public Overlay(Set<String> selection, String focusedId, String hoverId, DropTarget drop, Rect rubberBand,
                   boolean canvasFocused, Set<String> dragged, double dragDx, double dragDy,
                   String selectedStageId, String selectedLaneId) {
        this(selection, focusedId, hoverId, drop, rubberBand, canvasFocused, dragged, dragDx, dragDy,
                selectedStageId, selectedLaneId, Set.of());
    }

    /** The same overlay with these cards highlighted as a find's matches. */
    public Overlay withHighlighted(Set<String> ids) {
        return new Overlay(selection, focusedId, hoverId, drop, rubberBand, canvasFocused, dragged, dragDx, dragDy,
                selectedStageId, selectedLaneId, ids);
    }
}
