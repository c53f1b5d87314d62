package fi.polku.ui;

import fi.polku.edit.History;
import fi.polku.model.Connection;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fi.polku.text.Localization.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

/** The window's edits as undo steps: what they change and how the Undo menu names them. */
class DocumentEditorTest {
    private final History history = new History(TestMaps.storeBus());
    private final DocumentEditor editor = new DocumentEditor(history);

    private List<String> cellIds(String stage, String lane) {
        return history.current().cell(stage, lane).stream().map(Touchpoint::id).toList();
    }

    @Test
    void movedCardsLandTogetherAtTheDropIndexInTheirOldOrder() {
        editor.moveTouchpoints(List.of("t4", "t2"), "s1", "l2", 0);

        assertThat(cellIds("s1", "l2")).containsExactly("t2", "t4", "t1");
        assertThat(history.undoDescription().map(t -> t.in(ENGLISH))).contains("Move 2 touchpoints");
        editor.undo();
        assertThat(history.current()).isEqualTo(TestMaps.storeBus());
    }

    @Test
    void droppingPastTheEndOfACellAppends() {
        editor.moveTouchpoints(List.of("t2"), "s1", "l2", 5);
        assertThat(cellIds("s1", "l2")).containsExactly("t1", "t2");
    }

    @Test
    void deletingAStageRemovesItsCardsAndTheirConnections() {
        history.reset(TestMaps.storeBus().withConnections(List.of(new Connection("c1", "t1", "t3", ""),
                new Connection("c2", "t3", "t4", ""))));
        editor.deleteStage("s1");

        JourneyMap map = history.current();
        assertThat(map.stages()).extracting(s -> s.id()).containsExactly("s2", "s3");
        assertThat(map.touchpoints()).extracting(Touchpoint::id).containsExactly("t3", "t4");
        assertThat(map.connections()).extracting(Connection::id).containsExactly("c2");
    }

    @Test
    void aTypingBurstIsOneStepUntilTheFieldLosesFocus() {
        Text name = Text.of("step.touchpoint.owner", 1);
        editor.updateTouchpoints(List.of("t1"), t -> t.withOwner("S"), name, "owner:t1");
        editor.updateTouchpoints(List.of("t1"), t -> t.withOwner("Sales"), name, "owner:t1");
        editor.endMerge();
        editor.updateTouchpoints(List.of("t1"), t -> t.withOwner("Sales team"), name, "owner:t1");

        editor.undo();
        assertThat(history.current().touchpoint("t1").orElseThrow().owner()).isEqualTo("Sales");
        editor.undo();
        assertThat(history.current()).isEqualTo(TestMaps.storeBus());
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void newThingsGetIdsNotUsedInTheMapAndDefaultNames() {
        String id = editor.addTouchpoint("s2", "l1");
        String stage = editor.addStage("s1");
        String lane = editor.addLane(null);

        JourneyMap map = history.current();
        assertThat(id).isEqualTo("t5");
        assertThat(map.touchpoint(id).orElseThrow().title()).isEqualTo("New touchpoint");
        assertThat(map.stages()).extracting(s -> s.id()).containsExactly("s1", stage, "s2", "s3");
        assertThat(map.lanes().getLast().id()).isEqualTo(lane);
        assertThat(lane).isEqualTo("l5");
    }

    @Test
    void movingAStagePastTheEdgeChangesNothingAndRecordsNoStep() {
        editor.moveStage("s1", -1);
        assertThat(history.canUndo()).isFalse();
        editor.moveLane("l1", 1);
        assertThat(history.current().lanes()).extracting(l -> l.id()).containsExactly("l2", "l1", "l3", "l4");
    }
}
