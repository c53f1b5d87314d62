package fi.polku.metrics;

import fi.polku.io.MapFiles;
import fi.polku.model.Direction;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.MapGenerator;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;
import fi.polku.layout.GapText;
import fi.polku.testing.Seeded;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The matrix against targets: no quadrant contradicts a target status, and gaps read in the metric's unit. */
class MatrixAnalysisTest {
    private static final LocalDate OCT = LocalDate.of(2026, 10, 31);

    private static JourneyMap storeBus() throws Exception {
        return MapFiles.load(Path.of("assets/samples/store-bus.polku.json"));
    }

    private static TouchpointRow row(MatrixAnalysis m, String id) {
        List<TouchpointRow> all = new ArrayList<>(m.plotted());
        all.addAll(m.withoutTarget());
        return all.stream().filter(r -> r.touchpoint().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyBelowTargetTouchpointOfTheStoreBusLandsLowAndTheScheduleIsConcentrateHere() throws Exception {
        JourneyMap map = storeBus();
        MatrixAnalysis matrix = MatrixAnalysis.allMetrics(map, Crosshair.TARGET);

        assertThat(matrix.position().performance()).isZero();
        assertThat(matrix.position().importance()).isEqualTo(3.0);
        TouchpointRow schedule = row(matrix, "t1");
        assertThat(schedule.touchpoint().title()).isEqualTo("Aikataulu verkkosivuilla");
        assertThat(schedule.metric().id()).isEqualTo("csat");
        assertThat(schedule.status()).isEqualTo(TargetStatus.BELOW);
        assertThat(schedule.quadrant()).isEqualTo(Quadrant.CONCENTRATE_HERE);
        assertThat(schedule.matrixPerformance()).isCloseTo(78.2 - 85, within(1e-9));
        for (TouchpointRow r : matrix.plotted()) {
            boolean below = r.status() == TargetStatus.BELOW;
            assertThat(r.matrixPerformance() < 0).as(r.touchpoint().title()).isEqualTo(below);
            assertThat(r.quadrant().performingPoorly()).as(r.touchpoint().title()).isEqualTo(below);
        }
        // Every measured touchpoint with an importance is shown, each once, by the metric its card shows.
        List<String> measured = map.touchpoints().stream()
                .filter(t -> !t.measurements().isEmpty() && t.importance() != null).map(Touchpoint::id).toList();
        assertThat(matrix.shownCount()).isEqualTo(measured.size());
        for (TouchpointRow r : matrix.plotted()) {
            assertThat(r.metric()).isEqualTo(KeyMetric.of(r.touchpoint(), map).orElseThrow());
        }
        assertThat(matrix.withoutImportance()).extracting(r -> r.touchpoint().id()).containsExactly("t7");
    }

    @Test
    void atTargetSitsOnTheLineAndCountsAsAtOrAbove() throws Exception {
        // The bus ride's NPS 12.5 has the interval −6.1 to 31.1, which holds its target 30: its card says "at".
        TouchpointRow bus = row(MatrixAnalysis.allMetrics(storeBus(), Crosshair.TARGET), "t5");

        assertThat(bus.metric().id()).isEqualTo("nps");
        assertThat(bus.status()).isEqualTo(TargetStatus.AT);
        assertThat(bus.matrixPerformance()).isZero();
        assertThat(bus.quadrant()).isEqualTo(Quadrant.KEEP_UP_THE_GOOD_WORK);
        assertThat(bus.targetDistance()).isCloseTo(56.25 - 65, within(1e-9));
    }

    @Test
    void withoutATargetATouchpointIsListedApartUnderTheTargetCrosshairOnly() {
        Touchpoint noTarget = Touchpoint.create("n", "Ei tavoitetta", "s1", "web").withImportance(4.0)
                .withMeasurements(List.of(Measurement.of("csat", 60, 100, OCT, "Kysely", EvidenceLevel.OBSERVED)));
        JourneyMap map = JourneyMap.empty("m", "").withTouchpoints(List.of(noTarget));

        MatrixAnalysis target = MatrixAnalysis.allMetrics(map, Crosshair.TARGET);
        assertThat(target.plotted()).isEmpty();
        assertThat(target.withoutTarget()).singleElement().satisfies(r -> {
            assertThat(r.quadrant()).isNull();
            assertThat(r.status()).isEqualTo(TargetStatus.NO_TARGET);
        });
        assertThat(MatrixAnalysis.allMetrics(map, Crosshair.SCALE_MIDPOINTS).plotted()).singleElement()
                .satisfies(r -> assertThat(r.quadrant()).isEqualTo(Quadrant.KEEP_UP_THE_GOOD_WORK));
    }

    @Test
    void noQuadrantContradictsTheTargetStatusOnGeneratedMaps() {
        Seeded.check(300, List.of(), g -> MapGenerator.generate(g.intBetween(1, 80), g.intBetween(1, 6),
                g.intBetween(1, 6), g.longBetween(0, Long.MAX_VALUE / 2)), map -> {
            List<MatrixAnalysis> matrices = new ArrayList<>();
            matrices.add(MatrixAnalysis.allMetrics(map, Crosshair.TARGET));
            for (MetricDefinition m : map.allMetrics()) {
                matrices.add(MatrixAnalysis.oneMetric(map, m.id(), Crosshair.TARGET));
            }
            for (MatrixAnalysis matrix : matrices) {
                for (TouchpointRow r : matrix.plotted()) {
                    assertThat(r.status()).as(r.toString()).isIn(TargetStatus.BELOW, TargetStatus.AT, TargetStatus.ABOVE);
                    boolean below = r.status() == TargetStatus.BELOW;
                    assertThat(r.quadrant().performingPoorly()).as(r.toString()).isEqualTo(below);
                    assertThat(r.matrixPerformance() < matrix.position().performance()).isEqualTo(below);
                }
                assertThat(matrix.withoutTarget()).allMatch(r -> r.quadrant() == null && r.target() == null);
            }
        });
    }

    @Test
    void gapsReadInTheMetricsOwnUnit() {
        MetricDefinition wait = MetricDefinition.custom("wait", "Jonotus", "min", 0, 60, Direction.LOWER_IS_BETTER);
        Touchpoint t = Touchpoint.create("t", "Kassa", "s1", "store").withImportance(4.0)
                .withMeasurements(List.of(
                        Measurement.of("csat", 78, 100, OCT, "Kysely", EvidenceLevel.OBSERVED),
                        Measurement.of("ces", 5.2, 80, OCT, "Kysely", EvidenceLevel.OBSERVED),
                        Measurement.of("nps", -12, 80, OCT, "Kysely", EvidenceLevel.OBSERVED),
                        Measurement.of("wait", 18, 80, OCT, "Kello", EvidenceLevel.OBSERVED)))
                .withTargets(Map.of("csat", 85.0, "ces", 6.0, "nps", 10.0, "wait", 15.0));
        JourneyMap map = JourneyMap.empty("m", "").withMetrics(List.of(wait)).withTouchpoints(List.of(t));

        TouchpointRow ces = only(map, "ces");
        assertThat(ces.unitGap()).isCloseTo(0.8, within(1e-9));
        assertThat(ces.gap()).isCloseTo(0.8 / 6 * 100, within(1e-9));
        assertThat(GapText.of(ces, Localization.ENGLISH)).isEqualTo("CES 5.2, target 6, gap 0.8");
        assertThat(GapText.of(ces, Localization.FINNISH)).isEqualTo("CES 5,2, tavoite 6, vaje 0,8");
        TouchpointRow csat = only(map, "csat");
        assertThat(csat.unitGap()).isEqualTo(7.0);
        assertThat(GapText.of(csat, Localization.ENGLISH)).isEqualTo("CSAT 78 %, target 85 %, gap 7 %-points");
        assertThat(GapText.of(csat, Localization.FINNISH)).isEqualTo("CSAT 78 %, tavoite 85 %, vaje 7 %-yksikköä");
        TouchpointRow nps = only(map, "nps");
        assertThat(nps.unitGap()).isEqualTo(22.0);
        assertThat(nps.gap()).isCloseTo(11.0, within(1e-9));
        assertThat(GapText.of(nps, Localization.ENGLISH)).isEqualTo("NPS \u221212 points, target +10 points, gap 22 points");
        TouchpointRow late = only(map, "wait");
        assertThat(late.unitGap()).isEqualTo(3.0);
        assertThat(GapText.of(late, Localization.ENGLISH)).isEqualTo("Jonotus 18 min, target 15 min, gap 3 min");
        // Priorities stay on the common 0–100 scale, so that a CES gap and a CSAT gap compare.
        assertThat(ces.priority()).isCloseTo(4 * ces.gap(), within(1e-9));
    }

    private static TouchpointRow only(JourneyMap map, String metric) {
        return MatrixAnalysis.oneMetric(map, metric, Crosshair.TARGET).plotted().getFirst();
    }
}
