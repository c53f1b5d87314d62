package fi.polku.ui.canvas;

import fi.polku.layout.SampleMaps;
import fi.polku.model.JourneyMap;
import fi.polku.ui.state.CellRef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where Tab takes quick capture. */
class CaptureSpotTest {
    private final JourneyMap map = SampleMaps.storeBus();

    @Test
    void tabGoesAlongTheLaneThenToTheNextLaneAndRoundTheMap() {
        List<String> stages = map.stages().stream().map(s -> s.id()).toList();
        List<String> lanes = map.lanes().stream().map(l -> l.id()).toList();
        CellRef first = new CellRef(stages.getFirst(), lanes.getFirst());
        assertThat(CaptureSpot.step(map, first, 1)).isEqualTo(new CellRef(stages.get(1), lanes.getFirst()));
        CellRef endOfLane = new CellRef(stages.getLast(), lanes.getFirst());
        assertThat(CaptureSpot.step(map, endOfLane, 1)).isEqualTo(new CellRef(stages.getFirst(), lanes.get(1)));
        assertThat(CaptureSpot.step(map, new CellRef(stages.getFirst(), lanes.get(1)), -1)).isEqualTo(endOfLane);
        assertThat(CaptureSpot.step(map, first, -1)).isEqualTo(new CellRef(stages.getLast(), lanes.getLast()));
        assertThat(CaptureSpot.step(map, new CellRef("gone", lanes.getFirst()), 1)).isNull();
    }
}
