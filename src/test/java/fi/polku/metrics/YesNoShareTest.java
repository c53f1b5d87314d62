package fi.polku.metrics;

import fi.polku.model.Direction;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A custom yes/no metric is scored as a share of yes with a Wilson interval, like FCR, never as a mean. */
class YesNoShareTest {
    private static final MetricDefinition GREETED =
            MetricDefinition.yesNo("greeted", "Greeted within 5 minutes", Direction.HIGHER_IS_BETTER);

    private static MetricResult score(int yes, int no) {
        AnswerTally t = AnswerTally.of(GREETED);
        for (int i = 0; i < yes; i++) {
            t.add(1, null);
        }
        for (int i = 0; i < no; i++) {
            t.add(0, null);
        }
        return Scoring.score(t).orElseThrow();
    }

    /**
     * Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
     * methods", Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score interval without
     * continuity correction): 81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605, 0/20 → 0–0.1611,
     * 1/29 → 0.0061–0.1718. Polku gives them in percent.
     */
    @Test
    void theIntervalIsWilsonsAsInNewcombesWorkedExamples() {
        assertInterval(score(81, 263 - 81), 30.80, 25.53, 36.62);
        assertInterval(score(15, 148 - 15), 10.14, 6.24, 16.05);
        assertInterval(score(0, 20), 0, 0, 16.11);
        assertInterval(score(1, 28), 3.45, 0.61, 17.18);
    }

    @Test
    void itIsAShareOfYesAndNotAMeanWithATInterval() {
        MetricResult r = score(7, 5);
        assertThat(r.metric()).isEqualTo("greeted");
        assertThat(r.n()).isEqualTo(12);
        assertThat(r.value()).isCloseTo(58.33, within(0.005));
        assertThat(r.extras()).containsEntry(YesNoShare.YES, 7.0);
        // Wilson 7/12; a t interval of the 0/1 answers would be 25.6–91.1, and at 12/12 would have no width.
        assertThat(r.ciLow()).isCloseTo(31.95, within(0.005));
        assertThat(r.ciHigh()).isCloseTo(80.67, within(0.005));
        MetricResult all = score(12, 0);
        assertThat(all.value()).isEqualTo(100);
        assertThat(all.ciLow()).isCloseTo(75.75, within(0.005)).isLessThan(100);
        assertThat(all.ciHigh()).isEqualTo(100);
        assertThat(AnswerScale.of(GREETED).reject(0.5)).as("only yes or no").isPresent();
        assertThat(AnswerScale.of(GREETED).reject(2)).isPresent();
    }

    @Test
    void measurementsOfAYesNoMetricArePooledAsSharesLikeFcr() {
        List<Measurement> rounds = List.of(
                new Measurement("greeted", 58.333, 12, null, null, null, null, "", EvidenceLevel.OBSERVED),
                new Measurement("greeted", 75, 8, null, null, null, null, "", EvidenceLevel.OBSERVED));
        PooledScore pooled = PooledScore.of(GREETED, rounds);
        // 7 + 6 yes of 20: 65 %, Wilson 13/20.
        assertThat(pooled.value()).isCloseTo(65, within(1e-9));
        double[] wilson = Intervals.wilson(13, 20);
        assertThat(pooled.ciLow()).isCloseTo(100 * wilson[0], within(1e-9));
        assertThat(pooled.ciHigh()).isCloseTo(100 * wilson[1], within(1e-9));
    }

    private static void assertInterval(MetricResult r, double value, double low, double high) {
        assertThat(r.value()).isCloseTo(value, within(0.005));
        assertThat(r.ciLow()).isCloseTo(low, within(0.005));
        assertThat(r.ciHigh()).isCloseTo(high, within(0.005));
    }
}
