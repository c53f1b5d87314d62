package fi.polku.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MapGeneratorTest {

    @Test
    void sameArgumentsGiveAnEqualMap() {
        JourneyMap a = MapGenerator.generate(200, 6, 10, 42);
        JourneyMap b = MapGenerator.generate(200, 6, 10, 42);
        assertThat(b).isEqualTo(a);
        assertThat(b).isNotSameAs(a);
    }

    @Test
    void anotherSeedGivesAnotherMap() {
        assertThat(MapGenerator.generate(200, 6, 10, 1).touchpoints())
                .isNotEqualTo(MapGenerator.generate(200, 6, 10, 2).touchpoints());
    }

    @ParameterizedTest
    @CsvSource({"0,1,1,7", "1,1,1,8", "5,3,2,9", "200,6,10,10", "2000,12,14,11", "300,25,30,-12"})
    void generatedMapsAreValidAndHaveTheAskedSize(int touchpoints, int stages, int lanes, long seed) {
        JourneyMap map = MapGenerator.generate(touchpoints, stages, lanes, seed);

        assertThat(MapInvariants.problems(map)).isEmpty();
        assertThat(map.touchpoints()).hasSize(touchpoints);
        assertThat(map.stages()).hasSize(stages);
        assertThat(map.lanes()).hasSize(lanes);
    }

    @Test
    void stagesFollowThePurchaseThenAreNumbered() {
        JourneyMap map = MapGenerator.generate(50, 5, 4, 3);
        assertThat(map.stages()).extracting(Stage::name)
                .containsExactly("Ennen ostoa", "Osto", "Oston jälkeen", "Vaihe 4", "Vaihe 5");
        assertThat(map.stages()).allSatisfy(s ->
                assertThat(map.touchpoints()).anyMatch(t -> t.stageId().equals(s.id())));
    }

    @Test
    void lanesCoverEveryChannelKindAndEndWithTheEmotionLaneWhichHoldsNoCards() {
        JourneyMap map = MapGenerator.generate(400, 4, 12, 5);
        Set<ChannelType> channels = map.lanes().stream().filter(l -> l.kind() == LaneKind.CHANNEL)
                .map(Lane::channel).collect(Collectors.toSet());
        assertThat(channels).isEqualTo(EnumSet.allOf(ChannelType.class));
        Lane last = map.lanes().getLast();
        assertThat(last.kind()).isEqualTo(LaneKind.EMOTION);
        assertThat(map.touchpoints()).noneMatch(t -> t.laneId().equals(last.id()));
    }

    @Test
    void titlesAreVariedFinnishText() {
        JourneyMap map = MapGenerator.generate(2000, 8, 10, 77);
        Set<String> titles = map.touchpoints().stream().map(Touchpoint::title).collect(Collectors.toSet());
        assertThat(titles.size()).isGreaterThan(100);
        String all = String.join(" ", titles);
        assertThat(all).contains("ä").contains("ö").contains("Å");
    }

    @Test
    void measurementsAreConsistentWithTheirSampleAndInterval() {
        JourneyMap map = MapGenerator.generate(2000, 8, 10, 99);
        Set<String> seenMetrics = new HashSet<>();
        Set<EvidenceLevel> seenEvidence = EnumSet.noneOf(EvidenceLevel.class);
        int measured = 0;
        for (Touchpoint t : map.touchpoints()) {
            List<String> metrics = t.measurements().stream().map(Measurement::metric).toList();
            assertThat(metrics).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(5);
            assertThat(metrics).containsAll(t.targets().keySet());
            for (Measurement m : t.measurements()) {
                measured++;
                seenMetrics.add(m.metric());
                seenEvidence.add(m.evidence());
                if (m.evidence() == EvidenceLevel.ASSUMED) {
                    assertThat(m.n()).isNull();
                    assertThat(m.hasInterval()).isFalse();
                } else {
                    assertThat(m.n()).isBetween(20, 500);
                    assertThat(m.hasInterval()).isTrue();
                    assertThat(m.value()).isBetween(m.ciLow(), m.ciHigh());
                    assertThat(m.dateFrom()).isBefore(m.date());
                }
            }
        }
        assertThat(measured).isGreaterThan(2000);
        assertThat(seenMetrics).containsExactlyInAnyOrder("nps", "csat", "ces", "fcr", "emotion");
        assertThat(seenEvidence).isEqualTo(EnumSet.allOf(EvidenceLevel.class));
    }

    @Test
    void mapHasOwnersImportanceConnectionsAndValuedOpportunities() {
        JourneyMap map = MapGenerator.generate(200, 6, 10, 4);
        assertThat(map.touchpoints()).allMatch(t -> !t.owner().isBlank());
        assertThat(map.touchpoints()).anyMatch(t -> t.importance() != null);
        assertThat(map.touchpoints()).anyMatch(t -> t.emotion() != null);
        assertThat(map.connections()).hasSizeBetween(10, 40);
        assertThat(map.connections().stream().map(c -> c.from() + ">" + c.to())).doesNotHaveDuplicates();
        assertThat(map.opportunities()).isNotEmpty();
        assertThat(map.opportunities()).anyMatch(o -> o.estimate() != null && o.estimate().yearlyValue() > 0);
    }

    @Test
    void extraLargeMapIsGeneratedQuickly() {
        MapGenerator.generate(2000, 10, 10, 0); // warm up the JIT so the timing measures the generator
        long start = System.nanoTime();
        JourneyMap xl = MapGenerator.generate(20_000, 30, 14, 2026);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Generated 20,000 touchpoints in " + millis + " ms");
        assertThat(xl.touchpoints()).hasSize(20_000);
        assertThat(MapInvariants.problems(xl)).isEmpty();
        // Generous bound for a busy shared build machine; typically a few hundred milliseconds.
        assertThat(millis).isLessThan(3000);
    }
}
