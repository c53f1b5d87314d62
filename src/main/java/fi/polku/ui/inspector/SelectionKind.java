package fi.polku.ui.inspector;

import fi.polku.ui.state.EditorState;

import java.util.List;

/** What the editor state has selected, which decides the inspector page. */
public enum SelectionKind {
    MAP, STAGE, LANE, TOUCHPOINTS, OPPORTUNITY;

    /** The kind and ids of the current selection: a selected opportunity first, then touchpoints, then headers. */
    public static Selected of(EditorState state) {
        if (state.selectedOpportunity() != null) {
            return new Selected(OPPORTUNITY, List.of(state.selectedOpportunity()));
        }
        if (!state.selection().isEmpty()) {
            return new Selected(TOUCHPOINTS, state.selection().stream().sorted().toList());
        }
        if (state.selectedStageProperty().get() != null) {
            return new Selected(STAGE, List.of(state.selectedStageProperty().get()));
        }
        if (state.selectedLaneProperty().get() != null) {
            return new Selected(LANE, List.of(state.selectedLaneProperty().get()));
        }
        return new Selected(MAP, List.of());
    }

    /** A selection: its kind and the ids of the selected items. */
    public record Selected(SelectionKind kind, List<String> ids) {
    }
}
