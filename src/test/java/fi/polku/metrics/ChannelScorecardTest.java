package fi.polku.metrics;

import fi.polku.model.ChannelType;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The channel scorecard pools each metric by n over a channel's touchpoints. The hand computation: two
 * phone touchpoints whose answers are known, so the pooled score must equal the score of all answers
 * together (docs/metrics.md, "Pooling").
 */
class ChannelScorecardTest {
    private static final LocalDate OCT = LocalDate.of(2026, 10, 31);

    private static Measurement m(String metric, MetricResult r) {
        return new Measurement(metric, r.value(), r.n(), r.ciLow(), r.ciHigh(), null, OCT, "Kysely",
                EvidenceLevel.OBSERVED);
    }

    /** CES answers of the first phone touchpoint (mean 5, n 10) and of the second (mean 6, n 20). */
    private static final double[] CES_A = {3, 4, 4, 5, 5, 5, 6, 6, 6, 6};
    private static final double[] CES_B = {5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7};

    private static MetricResult ces(double[] answers) {
        double mean = java.util.Arrays.stream(answers).average().orElseThrow();
        double ss = java.util.Arrays.stream(answers).map(a -> (a - mean) * (a - mean)).sum();
        double[] ci = Intervals.meanInterval(mean, Math.sqrt(ss / (answers.length - 1)), answers.length);
        return new MetricResult("ces", answers.length, mean, ci[0], ci[1], null, null, EvidenceLevel.OBSERVED, null);
    }

    private static JourneyMap phoneMap() {
        Touchpoint call = Touchpoint.create("t1", "Call", "s1", "phone").withMeasurements(List.of(
                m("fcr", Fcr.of(16, 20).orElseThrow()),
                m("csat", Csat.of(new long[] {5, 5, 10, 20, 10}).orElseThrow()),
                m("nps", Nps.of(20, 20, 10).orElseThrow()),
                m("ces", ces(CES_A)),
                // An older FCR of the same call does not count: the latest measurement does.
                new Measurement("fcr", 10, 500, 7.0, 13.0, null, LocalDate.of(2025, 1, 1), "", EvidenceLevel.OBSERVED)));
        Touchpoint callBack = Touchpoint.create("t2", "Call back", "s2", "phone").withMeasurements(List.of(
                m("fcr", Fcr.of(5, 10).orElseThrow()),
                m("csat", Csat.of(new long[] {0, 2, 3, 10, 5}).orElseThrow()),
                m("nps", Nps.of(6, 15, 9).orElseThrow()),
                m("ces", ces(CES_B))));
        // A workshop guess without n cannot be weighted by n: it is left out and counted.
        Touchpoint guess = Touchpoint.create("t5", "Hold music", "s2", "phone").withMeasurements(List.of(
                Measurement.of("nps", 50, null, OCT, "Työpaja", EvidenceLevel.ASSUMED)));
        // The NPS of the emotion lane is not a channel's.
        Touchpoint overall = Touchpoint.create("t3", "Overall", "s2", "feel").withMeasurements(List.of(
                m("nps", Nps.of(80, 10, 10).orElseThrow())));
        Touchpoint web = Touchpoint.create("t4", "Web form", "s1", "web");
        return JourneyMap.empty("m", "Phone")
                .withStages(List.of(new Stage("s1", "Before"), new Stage("s2", "After")))
                .withLanes(List.of(Lane.channel("web", "Web", ChannelType.WEB),
                        Lane.channel("phone", "Phone", ChannelType.PHONE),
                        new Lane("feel", "Emotion", LaneKind.EMOTION, null)))
                .withTouchpoints(List.of(call, callBack, guess, overall, web));
    }

    @Test
    void eachChannelLaneHasARowInLaneOrderAndOtherLanesNone() {
        ChannelScorecard card = ChannelScorecard.of(phoneMap());

        assertThat(card.channels()).extracting(c -> c.lane().id()).containsExactly("web", "phone");
        assertThat(card.channels().getFirst().measured()).isFalse();
        assertThat(card.channels().getFirst().score("nps").present()).isFalse();
    }

    @Test
    void sharesPoolTheirCountsAndTakeTheWilsonIntervalOfTheSum() {
        ChannelScorecard.Channel phone = ChannelScorecard.of(phoneMap()).channels().get(1);

        // FCR 16/20 and 5/10: 21 of 30 resolved = 70 %, Wilson 52.12 %–83.34 %.
        PooledScore fcr = phone.score("fcr");
        assertThat(fcr.n()).isEqualTo(30);
        assertThat(fcr.touchpoints()).isEqualTo(2);
        assertThat(fcr.value()).isCloseTo(70.0, within(1e-9));
        assertThat(fcr.ciLow()).isCloseTo(52.1242, within(1e-3));
        assertThat(fcr.ciHigh()).isCloseTo(83.3353, within(1e-3));
        // CSAT 30/50 and 15/20 satisfied: 45 of 70 = 64.29 %, Wilson 52.59 %–74.50 %.
        PooledScore csat = phone.score("csat");
        assertThat(csat.n()).isEqualTo(70);
        assertThat(csat.value()).isCloseTo(64.2857, within(1e-3));
        assertThat(csat.ciLow()).isCloseTo(52.5884, within(1e-3));
        assertThat(csat.ciHigh()).isCloseTo(74.4967, within(1e-3));
    }

    @Test
    void npsPoolsToTheScoreOfAllAnswersTogether() {
        PooledScore nps = ChannelScorecard.of(phoneMap()).channels().get(1).score("nps");

        // 20/20/10 and 6/15/9 are 26 promoters, 35 passives, 19 detractors of 80: NPS 8.75, −7.57 to 25.07.
        assertThat(nps.n()).isEqualTo(80);
        assertThat(nps.withoutN()).isEqualTo(1);
        assertThat(nps.value()).isCloseTo(8.75, within(1e-9));
        assertThat(nps.ciLow()).isCloseTo(-7.5726, within(1e-3));
        assertThat(nps.ciHigh()).isCloseTo(25.0726, within(1e-3));
        MetricResult together = Nps.of(26, 35, 19).orElseThrow();
        assertThat(nps.ciLow()).isCloseTo(together.ciLow(), within(1e-9));
        assertThat(nps.ciHigh()).isCloseTo(together.ciHigh(), within(1e-9));
    }

    @Test
    void cesPoolsToTheMeanAndTIntervalOfAllAnswersTogether() {
        PooledScore ces = ChannelScorecard.of(phoneMap()).channels().get(1).score("ces");

        // 30 answers: mean 5.667, sample SD 0.9942, t(29) = 2.0452: 5.2954 to 6.0379.
        assertThat(ces.n()).isEqualTo(30);
        assertThat(ces.value()).isCloseTo(5.6667, within(1e-4));
        assertThat(ces.ciLow()).isCloseTo(5.2954, within(1e-4));
        assertThat(ces.ciHigh()).isCloseTo(6.0379, within(1e-4));
    }

    @Test
    void aMeanWithoutItsSpreadHasNoIntervalButStillItsPooledValue() {
        List<Measurement> ms = List.of(Measurement.of("ces", 5, 10, OCT, "", EvidenceLevel.OBSERVED),
                Measurement.of("ces", 6, 30, OCT, "", EvidenceLevel.OBSERVED));

        PooledScore ces = PooledScore.of(MetricDefinition.builtIn("ces"), ms);

        assertThat(ces.value()).isCloseTo(5.75, within(1e-9));
        assertThat(ces.hasInterval()).isFalse();
        assertThat(ces.smallSample()).isFalse();
    }

    @Test
    void storedIntervalsRoundedAsInAFileGiveNearlyTheSameInterval() {
        List<Measurement> rounded = List.of(
                new Measurement("nps", 20, 50, -0.74, 40.74, null, OCT, "", EvidenceLevel.OBSERVED),
                new Measurement("nps", -10, 30, -35.05, 15.05, null, OCT, "", EvidenceLevel.OBSERVED));

        PooledScore nps = PooledScore.of(MetricDefinition.builtIn("nps"), rounded);

        assertThat(nps.ciLow()).isCloseTo(-7.5726, within(0.02));
        assertThat(nps.ciHigh()).isCloseTo(25.0726, within(0.02));
    }

    @Test
    void nothingWithAnNIsNoScore() {
        PooledScore none = PooledScore.of(MetricDefinition.builtIn("fcr"),
                List.of(Measurement.of("fcr", 80, null, OCT, "", EvidenceLevel.ASSUMED)));

        assertThat(none.present()).isFalse();
        assertThat(none.withoutN()).isEqualTo(1);
    }
}
