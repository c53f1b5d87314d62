package fi.polku.metrics;

import fi.polku.model.Direction;
import fi.polku.model.MetricDefinition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScoreFormulasTest {
    private static AnswerTally tally(String metricId, double... answers) {
        AnswerTally t = new AnswerTally(AnswerScale.of(MetricDefinition.builtIn(metricId)));
        for (double a : answers) {
            t.add(a, null);
        }
        return t;
    }

    @Test
    void npsOfPublishedExampleHasItsScoreAndMargin() {
        MetricResult r = Nps.of(291, 476, 395).orElseThrow();
        assertThat(r.value()).isCloseTo(-8.95, within(0.005));
        assertThat(r.ciHigh() - r.value()).isCloseTo(4.39, within(0.005));
        assertThat(r.value() - r.ciLow()).isCloseTo(4.39, within(0.005));
        assertThat(r.n()).isEqualTo(1162);
        assertThat(r.extras()).containsEntry("promoters", 291.0).containsEntry("passives", 476.0)
                .containsEntry("detractors", 395.0);
        assertThat(r.smallSample()).isFalse();
    }

    @Test
    void npsOfHalfPromotersSixthDetractorsIs33WithSd0745() {
        MetricResult r = Nps.of(3, 2, 1).orElseThrow();
        assertThat(r.value()).isCloseTo(33.3, within(0.05));
        assertThat(Math.sqrt(Nps.variance(1 / 2.0, 1 / 6.0))).isCloseTo(0.745, within(0.0005));
        assertThat(r.smallSample()).isTrue();
    }

    @Test
    void npsFromRawAnswersClassifiesSevenAndEightAsPassive() {
        MetricResult r = Scoring.score(tally("nps", 10, 9, 8, 7, 6, 0)).orElseThrow();
        assertThat(r.extras()).containsEntry("promoters", 2.0).containsEntry("passives", 2.0)
                .containsEntry("detractors", 2.0);
        assertThat(r.value()).isZero();
    }

    @Test
    void allPromotersGiveHundredWithAZeroWidthIntervalInsideTheScale() {
        MetricResult r = Scoring.score(tally("nps", 10, 10, 9)).orElseThrow();
        assertThat(r.value()).isEqualTo(100);
        assertThat(r.ciLow()).isEqualTo(100);
        assertThat(r.ciHigh()).isEqualTo(100);
    }

    @Test
    void noAnswersGiveNoResult() {
        assertThat(Nps.of(0, 0, 0)).isEmpty();
        assertThat(Fcr.of(0, 0)).isEmpty();
        assertThat(Csat.of(new long[5])).isEmpty();
        assertThat(Scoring.score(tally("ces"))).isEmpty();
        assertThat(Scoring.score(tally("emotion"))).isEmpty();
    }

    @Test
    void csatIsShareOfFoursAndFivesWithTheMean() {
        MetricResult r = Csat.of(new long[] {5, 5, 10, 20, 10}).orElseThrow();
        assertThat(r.value()).isCloseTo(60, within(1e-9));
        assertThat(r.extras().get("mean")).isCloseTo(3.5, within(1e-9));
        assertThat(r.ciLow()).isLessThan(60);
        assertThat(r.ciHigh()).isGreaterThan(60);
        double[] answers = new double[50];
        int i = 0;
        for (int value = 1; value <= 5; value++) {
            int count = new int[] {5, 5, 10, 20, 10}[value - 1];
            for (int k = 0; k < count; k++) {
                answers[i++] = value;
            }
        }
        MetricResult fromAnswers = Scoring.score(tally("csat", answers)).orElseThrow();
        assertThat(fromAnswers.value()).isCloseTo(60, within(1e-9));
        assertThat(fromAnswers.extras().get("mean")).isCloseTo(3.5, within(1e-9));
    }

    @Test
    void fcrFourOfTwentyHasWilsonInterval() {
        MetricResult r = Fcr.of(4, 20).orElseThrow();
        assertThat(r.value()).isCloseTo(20, within(1e-9));
        assertThat(r.ciLow()).isCloseTo(8.07, within(0.005));
        assertThat(r.ciHigh()).isCloseTo(41.60, within(0.005));
        assertThat(r.extras()).containsEntry("resolved", 4.0);
    }

    @Test
    void wilsonAtNoneAndAllStaysInsideZeroToOneWithNonZeroWidth() {
        double[] none = Intervals.wilson(0, 10);
        double[] all = Intervals.wilson(10, 10);
        assertThat(none[0]).isZero();
        assertThat(none[1]).isCloseTo(0.2775, within(0.0005));
        assertThat(all[1]).isEqualTo(1.0);
        assertThat(all[0]).isCloseTo(1 - 0.2775, within(0.0005));
    }

    @Test
    void cesReportsMeanAgreeShareAndTInterval() {
        MetricResult r = Scoring.score(tally("ces", 7, 6, 5, 4, 3)).orElseThrow();
        assertThat(r.value()).isEqualTo(5.0);
        assertThat(r.extras().get("agreePct")).isCloseTo(60, within(1e-9));
        // sd = 1.5811, t(4) = 2.7764: half-width 1.963
        assertThat(r.ciHigh() - r.value()).isCloseTo(1.963, within(0.001));
    }

    @Test
    void tQuantileApproachesNormalForLargeSamples() {
        assertThat(Intervals.t95(30)).isCloseTo(2.0423, within(1e-4));
        assertThat(Intervals.t95(31)).isCloseTo(2.0395, within(1e-4));
        assertThat(Intervals.t95(120)).isCloseTo(1.9799, within(1e-4));
        assertThat(Intervals.t95(1_000_000)).isCloseTo(1.96, within(1e-4));
    }

    @Test
    void aSingleAnswerHasNoInterval() {
        MetricResult r = Scoring.score(tally("emotion", -2)).orElseThrow();
        assertThat(r.value()).isEqualTo(-2);
        assertThat(r.ciLow()).isNull();
        assertThat(r.ciHigh()).isNull();
    }

    @Test
    void outOfScaleAnswersAreRejectedWithTheReason() {
        AnswerTally nps = tally("nps");
        assertThatThrownBy(() -> nps.add(11, null)).hasMessage("NPS answer 11 is outside 0–10");
        assertThatThrownBy(() -> nps.add(7.5, null)).hasMessage("NPS answer 7.5 is not a whole number");
        AnswerTally csat = tally("csat");
        assertThatThrownBy(() -> csat.add(0, null)).hasMessage("CSAT answer 0 is outside 1–5");
        assertThatThrownBy(() -> tally("fcr").add(2, null)).hasMessageContaining("outside 0–1");
        assertThatThrownBy(() -> tally("emotion").add(-3.5, null)).hasMessageContaining("outside -3–3");
        assertThat(nps.n()).isZero();
    }

    @Test
    void customMetricIsTheMeanOnItsDeclaredScaleWithDates() {
        MetricDefinition wait = MetricDefinition.custom("wait", "Waiting time", "min", 0, 60,
                Direction.LOWER_IS_BETTER);
        AnswerTally t = new AnswerTally(AnswerScale.of(wait));
        t.add(12.5, LocalDate.of(2026, 9, 3));
        t.add(7.5, LocalDate.of(2026, 9, 1));
        t.add(10, null);
        assertThatThrownBy(() -> t.add(61, null)).hasMessage("Waiting time answer 61 is outside 0–60");
        MetricResult r = Scoring.score(t).orElseThrow();
        assertThat(r.metric()).isEqualTo("wait");
        assertThat(r.value()).isEqualTo(10.0);
        assertThat(r.from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(r.to()).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(r.toMeasurement("kysely.csv").dateFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
    }
}
