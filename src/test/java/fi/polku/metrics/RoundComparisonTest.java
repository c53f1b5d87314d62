package fi.polku.metrics;

import fi.polku.model.ChannelType;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import fi.polku.text.Localization;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RoundComparisonTest {
    private static final Round A = Round.named(SimulatedRounds.A);
    private static final Round B = Round.named(SimulatedRounds.B);

    /**
     * The acceptance test: over 300 seeded maps, every shifted touchpoint is found with the right
     * verdict (a waiting time that grows has worsened), and the noise-only ones are called changed about as
     * often as a 95 % interval should let them, 5 % of the time.
     */
    @Test
    void findsExactlyTheShiftedTouchpointsAndNoiseAtAboutFivePercent() {
        int seeds = 300;
        int noiseTrials = 0;
        int falsePositives = 0;
        for (long seed = 0; seed < seeds; seed++) {
            SimulatedRounds.Simulation sim = SimulatedRounds.of(seed);
            RoundComparison c = RoundComparison.of(sim.map(), A, B);
            Set<String> found = new TreeSet<>();
            for (MetricChange change : c.changes()) {
                String id = change.touchpoint().id();
                assertThat(change.limit()).as("seed %d %s", seed, id).isEqualTo(MetricChange.Limit.NONE);
                if (sim.shifted().contains(id)) {
                    boolean up = sim.direction().get(id) > 0;
                    boolean better = up == (change.metric().direction() == fi.polku.model.Direction.HIGHER_IS_BETTER);
                    assertThat(change.verdict()).as("seed %d %s", seed, id)
                            .isEqualTo(better ? ChangeVerdict.IMPROVED : ChangeVerdict.WORSENED);
                } else {
                    noiseTrials++;
                    if (change.verdict().isClear()) {
                        falsePositives++;
                        found.add(id);
                    }
                }
            }
            if (seed == 0) {
                // The first map shows the whole story: exactly its shifted touchpoints have a clear verdict.
                assertThat(c.clearChanges()).extracting(ch -> ch.touchpoint().id())
                        .containsExactlyInAnyOrderElementsOf(sim.shifted());
            }
        }
        double rate = (double) falsePositives / noiseTrials;
        System.out.printf("round comparison: %d noise-only comparisons, %d called changed (%.2f %%)%n",
                noiseTrials, falsePositives, 100 * rate);
        // 2,400 trials: the standard error of a 5 % rate is 0.44 points; 3 of them either side.
        assertThat(rate).isBetween(0.037, 0.063);
    }

    @Test
    void everyStoredComparisonReproducesTheFormulaFromTheAnswers() {
        // NPS 50/30/20 against 60/25/15 of 100: the stored interval gives back the shares exactly.
        Measurement a = Nps.of(50, 30, 20).orElseThrow().toMeasurement("x");
        Measurement b = Nps.of(60, 25, 15).orElseThrow().toMeasurement("x");
        MetricChange c = RoundComparison.compare(card(), MetricDefinition.builtIn("nps"), a, b);
        DeltaInterval direct = ChangeIntervals.nps(0.5, 0.2, 100, 0.6, 0.15, 100);
        assertThat(c.interval().low()).isCloseTo(direct.low(), within(1e-9));
        assertThat(c.interval().high()).isCloseTo(direct.high(), within(1e-9));
        assertThat(c.test()).isEqualTo(ChangeTest.NPS_DIFFERENCE);
        // CES: the t interval gives back the standard deviation.
        AnswerTally ta = AnswerTally.of(MetricDefinition.builtIn("ces"));
        AnswerTally tb = AnswerTally.of(MetricDefinition.builtIn("ces"));
        for (int i = 0; i < 40; i++) {
            ta.add(1 + i % 7, null);
            tb.add(2 + i % 6, null);
        }
        MetricChange ces = RoundComparison.compare(card(), MetricDefinition.builtIn("ces"),
                MeanScore.of(ta).orElseThrow().toMeasurement("x"), MeanScore.of(tb).orElseThrow().toMeasurement("x"));
        DeltaInterval welch = ChangeIntervals.means(ta.mean(), ta.sampleSd(), 40, tb.mean(), tb.sampleSd(), 40);
        assertThat(ces.interval().low()).isCloseTo(welch.low(), within(1e-3));
        assertThat(ces.test()).isEqualTo(ChangeTest.WELCH);
    }

    @Test
    void missingDataIsSaidNotGuessed() {
        MetricDefinition csat = MetricDefinition.builtIn("csat");
        MetricDefinition ces = MetricDefinition.builtIn("ces");
        Measurement withN = Measurement.of("csat", 60, 50, null, "x", EvidenceLevel.OBSERVED);
        Measurement noN = Measurement.of("csat", 70, null, null, "x", EvidenceLevel.OBSERVED);
        assertThat(RoundComparison.compare(card(), csat, null, withN).limit()).isEqualTo(MetricChange.Limit.NOT_IN_A);
        assertThat(RoundComparison.compare(card(), csat, withN, null).limit()).isEqualTo(MetricChange.Limit.NOT_IN_B);
        MetricChange unknownN = RoundComparison.compare(card(), csat, withN, noN);
        assertThat(unknownN.verdict()).isEqualTo(ChangeVerdict.NOT_COMPARABLE);
        assertThat(unknownN.delta()).isEqualTo(10.0);
        // A share needs no interval: its count of yes-answers is p·n.
        MetricChange share = RoundComparison.compare(card(), csat, withN,
                Measurement.of("csat", 90, 50, null, "x", EvidenceLevel.OBSERVED));
        assertThat(share.limit()).isEqualTo(MetricChange.Limit.NONE);
        assertThat(share.verdict()).isEqualTo(ChangeVerdict.IMPROVED);
        // A mean without an interval: the widest spread of 1–7 is assumed, which only widens the interval.
        MetricChange mean = RoundComparison.compare(card(), ces,
                Measurement.of("ces", 3.0, 200, null, "x", EvidenceLevel.OBSERVED),
                Measurement.of("ces", 4.5, 200, null, "x", EvidenceLevel.OBSERVED));
        assertThat(mean.limit()).isEqualTo(MetricChange.Limit.SPREAD_ASSUMED);
        assertThat(mean.verdict()).isEqualTo(ChangeVerdict.IMPROVED);
        assertThat(RoundComparison.compare(card(), ces, Measurement.of("ces", 3.0, 1, null, "x", EvidenceLevel.OBSERVED),
                Measurement.of("ces", 4.5, 20, null, "x", EvidenceLevel.OBSERVED)).limit())
                .isEqualTo(MetricChange.Limit.ONE_ANSWER);
        assertThat(MetricChange.Limit.SPREAD_ASSUMED.text().in(Localization.ENGLISH)).contains("widest possible spread");
        assertThat(ChangeVerdict.NO_CLEAR_CHANGE.text().in(Localization.FINNISH)).isEqualTo("Ei selvää muutosta");
    }

    @Test
    void journeyScoreAndRankingOfEitherRoundAndTheirChange() {
        LocalDate autumn = LocalDate.of(2026, 10, 31);
        LocalDate spring = LocalDate.of(2027, 4, 30);
        Touchpoint web = Touchpoint.create("web", "Verkko", "s1", "l1").withImportance(4.0)
                .withTargets(Map.of("csat", 80.0)).withMeasurements(List.of(
                        csat(60, autumn, "Syksy"), csat(85, spring, "Kevät")));
        Touchpoint store = Touchpoint.create("store", "Myymälä", "s2", "l1").withImportance(2.0)
                .withTargets(Map.of("csat", 80.0)).withMeasurements(List.of(
                        csat(70, autumn, "Syksy"), csat(50, spring, "Kevät")));
        JourneyMap map = JourneyMap.empty("m", "M")
                .withStages(List.of(new Stage("s1", "Ennen"), new Stage("s2", "Jälkeen")))
                .withLanes(List.of(Lane.channel("l1", "Kanava", ChannelType.WEB)))
                .withTouchpoints(List.of(web, store));
        RoundScores s = RoundComparison.of(map, Round.named("Syksy"), Round.named("Kevät")).scores("csat");
        assertThat(s.scoreA().overall()).isCloseTo((4 * 60 + 2 * 70) / 6.0, within(1e-9));
        assertThat(s.scoreB().overall()).isCloseTo((4 * 85 + 2 * 50) / 6.0, within(1e-9));
        assertThat(s.change()).isCloseTo(s.scoreB().overall() - s.scoreA().overall(), within(1e-9));
        assertThat(s.stages()).extracting(RoundScores.StageChange::change).containsExactly(25.0, -20.0);
        // Autumn: web (4 × 20 = 80) before store (2 × 10 = 20); spring: web is above target, store 2 × 30.
        assertThat(s.ranking()).extracting(r -> r.touchpoint().id() + " " + r.rankA() + "→" + r.rankB())
                .containsExactly("store 2→1", "web 1→0");
        assertThat(s.ranking().get(0).priorityChange()).isCloseTo(40.0, within(1e-9));
        assertThat(s.ranking().get(1).priorityChange()).isCloseTo(-80.0, within(1e-9));
        // Date ranges select the same rounds here.
        RoundScores byDates = RoundComparison.of(map, Round.parseRange("2026-09-01..2026-11-30").orElseThrow(),
                Round.parseRange("2027-03-01..").orElseThrow()).scores("csat");
        assertThat(byDates.change()).isEqualTo(s.change());
    }

    private static Measurement csat(double value, LocalDate day, String round) {
        return Measurement.of("csat", value, 120, day, "x", EvidenceLevel.OBSERVED).withRound(round);
    }

    private static Touchpoint card() {
        return Touchpoint.create("t", "Kortti", "s1", "l1");
    }
}
