package fi.polku.metrics;

import fi.polku.text.Localization;
import fi.polku.model.ChannelType;
import fi.polku.model.Direction;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Opportunity;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.model.ValueEstimate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TouchpointAnalysisTest {
    private static final LocalDate SEPT = LocalDate.of(2026, 9, 30);

    private static Touchpoint tp(String id, String stage, String lane, Double importance, Double csat,
                                 Double target) {
        Touchpoint t = Touchpoint.create(id, "Title " + id, stage, lane).withImportance(importance);
        if (csat != null) {
            t = t.withMeasurements(List.of(Measurement.of("csat", csat, 100, SEPT, "Kysely",
                    EvidenceLevel.OBSERVED)));
        }
        return target == null ? t : t.withTargets(Map.of("csat", target));
    }

    private static JourneyMap map(Touchpoint... touchpoints) {
        return JourneyMap.empty("m", "Map")
                .withStages(List.of(new Stage("s1", "Before"), new Stage("s2", "After")))
                .withLanes(List.of(Lane.channel("web", "Web", ChannelType.WEB),
                        Lane.channel("store", "Store", ChannelType.STORE)))
                .withTouchpoints(List.of(touchpoints));
    }

    @Test
    void rowsCarryStatusQuadrantGapAndPriorityInReadingOrder() {
        JourneyMap map = map(
                tp("late", "s2", "web", 2.0, 90.0, 80.0),
                tp("store", "s1", "store", 5.0, 40.0, 70.0),
                tp("web", "s1", "web", 4.0, 75.0, 75.0),
                tp("unmeasured", "s1", "web", 3.0, null, 50.0));
        TouchpointAnalysis a = TouchpointAnalysis.of(map, "csat", Crosshair.SCALE_MIDPOINTS);
        assertThat(a.rows()).extracting(r -> r.touchpoint().id())
                .containsExactly("web", "unmeasured", "store", "late");
        TouchpointRow store = a.rows().get(2);
        assertThat(store.performance()).isEqualTo(40.0);
        assertThat(store.status()).isEqualTo(TargetStatus.BELOW);
        assertThat(store.quadrant()).isEqualTo(Quadrant.CONCENTRATE_HERE);
        assertThat(store.gap()).isEqualTo(30.0);
        assertThat(store.priority()).isEqualTo(150.0);
        assertThat(store.explainPriority().in(Localization.ENGLISH)).isEqualTo("importance 5 × gap 30 = 150");
        TouchpointRow web = a.rows().get(0);
        assertThat(web.status()).isEqualTo(TargetStatus.AT);
        assertThat(web.gap()).isZero();
        assertThat(web.quadrant()).isEqualTo(Quadrant.KEEP_UP_THE_GOOD_WORK);
        TouchpointRow late = a.rows().get(3);
        assertThat(late.status()).isEqualTo(TargetStatus.ABOVE);
        assertThat(late.quadrant()).isEqualTo(Quadrant.POSSIBLE_OVERKILL);
        TouchpointRow unmeasured = a.rows().get(1);
        assertThat(unmeasured.performance()).isNull();
        assertThat(unmeasured.status()).isEqualTo(TargetStatus.NOT_MEASURED);
        assertThat(unmeasured.quadrant()).isNull();
        assertThat(unmeasured.priority()).isNull();
        assertThat(a.priorityRanking()).extracting(r -> r.touchpoint().id()).containsExactly("store");
    }

    @Test
    void dataMeanCrosshairMovesPointsBetweenQuadrants() {
        JourneyMap map = map(tp("a", "s1", "web", 2.0, 60.0, null), tp("b", "s1", "web", 4.0, 80.0, null),
                tp("c", "s2", "web", 3.0, 70.0, null));
        TouchpointAnalysis midpoints = TouchpointAnalysis.of(map, "csat", Crosshair.SCALE_MIDPOINTS);
        TouchpointAnalysis means = TouchpointAnalysis.of(map, "csat", Crosshair.DATA_MEANS);
        assertThat(means.position().importance()).isEqualTo(3.0);
        assertThat(means.position().performance()).isEqualTo(70.0);
        assertThat(midpoints.rows().getFirst().quadrant()).isEqualTo(Quadrant.POSSIBLE_OVERKILL);
        assertThat(means.rows().getFirst().quadrant()).isEqualTo(Quadrant.LOW_PRIORITY);
        assertThat(Quadrant.CONCENTRATE_HERE.text().in(Localization.ENGLISH)).isEqualTo("Concentrate here");
        assertThat(Quadrant.KEEP_UP_THE_GOOD_WORK.text().in(Localization.ENGLISH)).isEqualTo("Keep up the good work");
    }

    @Test
    void targetStatusRespectsDirectionAndInterval() {
        MetricDefinition wait = MetricDefinition.custom("wait", "Wait", "min", 0, 60, Direction.LOWER_IS_BETTER);
        MetricDefinition nps = MetricDefinition.builtIn("nps");
        assertThat(TargetStatus.of(wait, 20, null, null, 10.0)).isEqualTo(TargetStatus.BELOW);
        assertThat(TargetStatus.of(wait, 5, null, null, 10.0)).isEqualTo(TargetStatus.ABOVE);
        assertThat(TargetStatus.of(wait, 10, null, null, 10.0)).isEqualTo(TargetStatus.AT);
        assertThat(TargetStatus.of(nps, 12, -4.0, 28.0, 25.0)).isEqualTo(TargetStatus.AT);
        assertThat(TargetStatus.of(nps, 12, 5.0, 19.0, 25.0)).isEqualTo(TargetStatus.BELOW);
        assertThat(TargetStatus.of(nps, 12, 5.0, 19.0, null)).isEqualTo(TargetStatus.NO_TARGET);
    }

    @Test
    void lowerIsBetterGapIsMeasuredInNormalisedPoints() {
        MetricDefinition wait = MetricDefinition.custom("wait", "Wait", "min", 0, 60, Direction.LOWER_IS_BETTER);
        Touchpoint queue = Touchpoint.create("q", "Kassajono", "s1", "store").withImportance(4.0)
                .withMeasurements(List.of(Measurement.of("wait", 30, 40, SEPT, "Kello", EvidenceLevel.OBSERVED)))
                .withTargets(Map.of("wait", 15.0));
        TouchpointRow row = TouchpointAnalysis.of(map(queue).withMetrics(List.of(wait)), "wait",
                Crosshair.SCALE_MIDPOINTS).rows().getFirst();
        assertThat(row.performance()).isEqualTo(50.0);
        assertThat(row.gap()).isEqualTo(25.0);
        assertThat(row.priority()).isEqualTo(100.0);
    }

    @Test
    void latestDatedMeasurementCounts() {
        Touchpoint t = Touchpoint.create("t", "T", "s1", "web").withMeasurements(List.of(
                Measurement.of("nps", 10, 50, LocalDate.of(2026, 10, 1), "B", EvidenceLevel.OBSERVED),
                Measurement.of("nps", 99, 50, null, "undated", EvidenceLevel.ASSUMED),
                Measurement.of("nps", 20, 50, LocalDate.of(2026, 3, 1), "A", EvidenceLevel.OBSERVED),
                Measurement.of("csat", 70, 50, LocalDate.of(2026, 12, 1), "C", EvidenceLevel.OBSERVED)));
        assertThat(LatestMeasurement.of(t, "nps").orElseThrow().source()).isEqualTo("B");
        assertThat(LatestMeasurement.of(t, "fcr")).isEmpty();
    }

    @Test
    void journeyScoreIsImportanceWeightedPerStageAndOverall() {
        JourneyMap map = map(tp("a", "s1", "web", 1.0, 40.0, null), tp("b", "s1", "store", 3.0, 80.0, null),
                tp("c", "s2", "web", null, 10.0, null));
        JourneyScore score = TouchpointAnalysis.of(map, "csat", Crosshair.SCALE_MIDPOINTS).journeyScore();
        assertThat(score.overall()).isCloseTo(70.0, within(1e-9));
        assertThat(score.touchpoints()).isEqualTo(2);
        assertThat(score.stages().get(0).score()).isCloseTo(70.0, within(1e-9));
        assertThat(score.stages().get(1).score()).isNull();
    }

    @Test
    void emotionCurveFollowsReadingOrderWithPeakAndEnd() {
        JourneyMap map = map(
                Touchpoint.create("end", "Lasku", "s2", "web").withEmotion(1.0),
                Touchpoint.create("greet", "Tervehdys", "s1", "store").withEmotion(2.0),
                Touchpoint.create("queue", "Kassajono", "s2", "store").withMeasurements(List.of(
                        Measurement.of("emotion", -2.5, 30, SEPT, "Kysely", EvidenceLevel.OBSERVED))),
                Touchpoint.create("web", "Verkko", "s1", "web").withEmotion(-1.0),
                Touchpoint.create("blank", "Ei tunnetta", "s1", "web"));
        EmotionCurve curve = EmotionCurve.of(map);
        assertThat(curve.points()).extracting(p -> p.touchpoint().id())
                .containsExactly("web", "greet", "end", "queue");
        assertThat(curve.peak().touchpoint().id()).isEqualTo("queue");
        assertThat(curve.peak().emotion()).isEqualTo(-2.5);
        assertThat(curve.end().touchpoint().id()).isEqualTo("queue");
        assertThat(EmotionCurve.of(JourneyMap.empty("e", "")).peak()).isNull();
    }

    @Test
    void storeBusOpportunityIsWorth468000AYearAndRanksFirst() {
        ValueEstimate bus = new ValueEstimate(40, 5 / 40.0, 20, 13, 360, "EUR");
        JourneyMap map = JourneyMap.empty("m", "").withOpportunities(List.of(
                new Opportunity("small", "Parking tips", List.of(), new ValueEstimate(10, 0.1, 5, 2, 360, null)),
                new Opportunity("none", "No estimate", List.of(), null),
                new Opportunity("bus", "Catalogue on the bus", List.of(), bus)));
        assertThat(bus.yearlyValue()).isCloseTo(468_000, within(1e-6));
        assertThat(OpportunityRanking.of(map)).extracting(r -> r.opportunity().id())
                .containsExactly("bus", "small");
        assertThat(OpportunityRanking.of(map).getFirst().yearlyValue()).isCloseTo(468_000, within(1e-6));
    }
}
