package fi.polku.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** MapRepair changes only what MapValidator finds, and says when it cannot make a map valid. */
class MapRepairTest {
    private final JourneyMap base = JourneyMap.empty("m", "Kauppa")
            .withStages(List.of(new Stage("s1", "Ennen")))
            .withLanes(List.of(Lane.channel("l1", "Web", ChannelType.WEB)));

    @Test
    void aValidMapComesBackAsItIs() {
        JourneyMap map = base.withTouchpoints(List.of(Touchpoint.create("t1", "Kassa", "s1", "l1").withImportance(3.0)));
        MapRepair.Result result = MapRepair.repair(map);
        assertThat(result.map()).isSameAs(map);
        assertThat(result.problems()).isEmpty();
        assertThat(result.repaired()).isTrue();
    }

    @Test
    void onlyTheOffendingValueChanges() {
        Touchpoint ok = Touchpoint.create("t1", "Kassa", "s1", "l1").withImportance(2.0).withEmotion(1.0);
        Touchpoint bad = Touchpoint.create("t2", "Bussi", "s1", "l1").withImportance(7.0).withEmotion(-1.0);
        MapRepair.Result result = MapRepair.repair(base.withTouchpoints(List.of(ok, bad)));
        assertThat(result.problems()).extracting(MapValidator.Violation::path)
                .containsExactly("$.touchpoints[1].importance");
        assertThat(result.repaired()).isTrue();
        assertThat(result.map().touchpoints()).containsExactly(ok, bad.withImportance(5.0));
    }

    @Test
    void aScaleThatIsNoNumberCannotBeMended() {
        JourneyMap map = base.withMetrics(List.of(MetricDefinition.custom("wait", "Odotus", "min", 0,
                Double.NaN, Direction.LOWER_IS_BETTER)));
        MapRepair.Result result = MapRepair.repair(map);
        assertThat(result.repaired()).isFalse();
        assertThat(result.left()).isNotEmpty();
    }
}
