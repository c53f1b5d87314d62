package fi.polku.ui.canvas;

import fi.polku.layout.CardBox;
import fi.polku.layout.MapLayout;
import fi.polku.layout.MapLayouter;
import fi.polku.layout.Rect;
import fi.polku.layout.SampleMaps;
import fi.polku.layout.Theme;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.render.FontMetricsTable;
import fi.polku.ui.state.CellRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where quick capture writes, and where Tab takes it. */
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

    @Test
    void theNextCardGoesWhereTheLayoutPutsACardAddedAtTheEnd() {
        // Cells of every size from empty to a grid: the spot is where the layout then places the new card.
        String stage = map.stages().getFirst().id();
        String lane = map.lanes().getFirst().id();
        List<Touchpoint> cards = new ArrayList<>(map.touchpoints().stream().filter(t -> !t.isIn(stage, lane)).toList());
        JourneyMap current = map.withTouchpoints(cards);
        Theme theme = Theme.standard();
        for (int n = 0; n < 11; n++) {
            MapLayout before = MapLayouter.layout(current, theme, FontMetricsTable.shared());
            Rect spot = CaptureSpot.nextCard(before, new CellRef(stage, lane), 30);
            Touchpoint added = Touchpoint.create("new" + n, "Card " + n, stage, lane);
            cards.add(added);
            current = current.withTouchpoints(List.copyOf(cards));
            CardBox placed = MapLayouter.layout(current, theme, FontMetricsTable.shared()).card(added.id());
            if (sameColumns(before, stage, lane, n)) {
                assertThat(spot.x()).as("x of card %d", n).isCloseTo(placed.bounds().x(), org.assertj.core.data.Offset.offset(0.01));
                assertThat(spot.y()).as("y of card %d", n).isCloseTo(placed.bounds().y(), org.assertj.core.data.Offset.offset(0.01));
            }
            assertThat(spot.w()).isEqualTo(theme.cardWidth());
        }
    }

    /** Whether adding the n+1st card keeps the cell's column count, so that the cards before it stay put. */
    private static boolean sameColumns(MapLayout before, String stage, String lane, int n) {
        int limit = Theme.standard().stackLimit();
        int colsBefore = n <= limit ? 1 : (int) Math.min(Math.ceil((double) n / limit), Math.ceil(Math.sqrt(n)));
        int m = n + 1;
        int colsAfter = m <= limit ? 1 : (int) Math.min(Math.ceil((double) m / limit), Math.ceil(Math.sqrt(m)));
        return n == 0 || colsBefore == colsAfter;
    }
}
