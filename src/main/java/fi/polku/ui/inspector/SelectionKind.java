package fi.polku.ui.inspector;

import fi.polku.ui.canvas.JourneyCanvas;

import java.util.List;

/** What the canvas has selected, or the opportunity selected instead, which decides the inspector page. */
public enum SelectionKind {
    MAP, STAGE, LANE, TOUCHPOINTS, OPPORTUNITY;

    /** As {@link #of(JourneyCanvas)}, but a selected opportunity ({@code opportunityId} not null) comes first. */
    public static Selected of(JourneyCanvas canvas, String opportunityId) {
        return opportunityId != null ? new Selected(OPPORTUNITY, List.of(opportunityId)) : of(canvas);
    }

    /** The kind and ids of the canvas's current selection; touchpoints win over headers. */
    public static Selected of(JourneyCanvas canvas) {
        if (!canvas.getSelection().isEmpty()) {
            return new Selected(TOUCHPOINTS, canvas.getSelection().stream().sorted().toList());
        }
        if (canvas.selectedStageProperty().get() != null) {
            return new Selected(STAGE, List.of(canvas.selectedStageProperty().get()));
        }
        if (canvas.selectedLaneProperty().get() != null) {
            return new Selected(LANE, List.of(canvas.selectedLaneProperty().get()));
        }
        return new Selected(MAP, List.of());
    }

    /** A selection: its kind and the ids of the selected items. */
    public record Selected(SelectionKind kind, List<String> ids) {
    }
}
