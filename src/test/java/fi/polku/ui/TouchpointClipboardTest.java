package fi.polku.ui;

import fi.polku.model.ChannelType;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fi.polku.text.Localization.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

/** How cards copied from another map find their cells when pasted. */
class TouchpointClipboardTest {
    @Test
    void cardsFindStagesAndLanesOfTheSameNameAndTheRestGetNoCell() {
        JourneyMap source = JourneyMap.empty("a", "A")
                .withStages(List.of(new Stage("s1", "Purchase"), new Stage("s2", "Onboarding")))
                .withLanes(List.of(Lane.channel("l1", "Web", ChannelType.WEB)))
                .withTouchpoints(List.of(Touchpoint.create("t1", "Pay", "s1", "l1"),
                        Touchpoint.create("t2", "Welcome mail", "s2", "l1")));
        JourneyMap target = TestMaps.storeBus();
        // storeBus has "Purchase" as s2 and "Web" as l1, but no "Onboarding"; its s1 must not be taken by id.
        List<Touchpoint> placed = TouchpointClipboard.inCellsOfSameName(source, target);

        assertThat(placed.get(0).stageId()).isEqualTo("s2");
        assertThat(placed.get(0).laneId()).isEqualTo("l1");
        assertThat(placed.get(1).stageId()).isEmpty();
        assertThat(placed.get(1).title()).isEqualTo("Welcome mail");
    }

    @Test
    void pasteIntoAnotherMapUsesTheSameNamedCellsAndTheTargetCellForTheRest() {
        JourneyMap source = JourneyMap.empty("a", "A")
                .withStages(List.of(new Stage("x1", "Purchase"), new Stage("x2", "Onboarding")))
                .withLanes(List.of(Lane.channel("y1", "Web", ChannelType.WEB)))
                .withTouchpoints(List.of(Touchpoint.create("t1", "Pay", "x1", "y1"),
                        Touchpoint.create("t2", "Welcome mail", "x2", "y1")));
        var history = new fi.polku.edit.History(TestMaps.storeBus());
        DocumentEditor editor = new DocumentEditor(history);

        List<String> ids = editor.pasteTouchpoints(TouchpointClipboard.inCellsOfSameName(source, TestMaps.storeBus()),
                List.of(), "s3", "l3", true);

        JourneyMap map = history.current();
        assertThat(map.touchpoint(ids.get(0)).orElseThrow().stageId()).isEqualTo("s2");
        assertThat(map.touchpoint(ids.get(1)).orElseThrow().stageId()).isEqualTo("s3");
        assertThat(map.touchpoint(ids.get(1)).orElseThrow().laneId()).isEqualTo("l3");
        assertThat(history.undoDescription().map(t -> t.in(ENGLISH))).contains("Paste 2 touchpoints");
    }
}
