package fi.polku.ui.state;

import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EditorStateTest {
    private final EditorState state = new EditorState();

    @Test
    void anArrowIsSelectedAloneAndACardTakesItsPlace() {
        state.selectCards(List.of("t1", "t2"));
        state.selectedConnectionProperty().set("c1");
        assertThat(state.selection()).isEmpty();

        state.selection().add("t3");
        assertThat(state.selectedConnectionProperty().get()).isNull();
        assertThat(state.selection()).containsExactly("t3");
    }

    @Test
    void anOpportunityTakesTheInspectorFromTheCanvasAndBack() {
        state.selectStage("s1");
        state.selectOpportunity("o1");
        assertThat(state.selectedStageProperty().get()).isNull();
        assertThat(state.selection()).isEmpty();

        state.selectLane("l1");
        assertThat(state.selectedOpportunity()).isNull();
        assertThat(state.selectedLaneProperty().get()).isEqualTo("l1");
    }

    @Test
    void theBindingsThatEnableDeleteAndRenameFollowTheSelection() {
        assertThat(state.nothingSelected().get()).isTrue();
        assertThat(state.nothingToRename().get()).isTrue();
        state.selectCards(List.of("t1"));
        assertThat(state.nothingSelected().get()).isFalse();
        assertThat(state.nothingToRename().get()).isFalse();
        state.selection().add("t2");
        assertThat(state.nothingToRename().get()).isTrue();
        state.selectOpportunity("o1");
        assertThat(state.nothingSelected().get()).isFalse();
    }

    @Test
    void whatLeftTheMapIsNoLongerSelected() {
        JourneyMap map = MapGenerator.generate(12, 3, 3, 7);
        String kept = map.touchpoints().getFirst().id();
        state.selectCards(List.of(kept, "gone"));
        state.hoverCardProperty().set("gone");
        state.currentCellProperty().set(new CellRef("no-stage", map.lanes().getFirst().id()));

        state.forgetMissing(map);

        assertThat(state.selection()).containsExactly(kept);
        assertThat(state.hoverCardProperty().get()).isNull();
        assertThat(state.currentCellProperty().get()).isNull();
    }
}
