package fi.polku.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The three change intervals against published worked examples. */
class ChangeIntervalsTest {
    /** Newcombe (1998), Table II, method 10 (hybrid score, no continuity correction): p₁ − p₂ with its limits. */
    @Test
    void sharesReproduceNewcombeTableTwo() {
        // {k1, n1, k2, n2, lower, upper}; the interval is for the first share minus the second, so B is the first.
        List<double[]> table = List.of(
                new double[] {56, 70, 48, 80, 0.0524, 0.3339},
                new double[] {9, 10, 3, 10, 0.1705, 0.8090},
                new double[] {6, 7, 2, 7, 0.0582, 0.8062},
                new double[] {5, 56, 0, 29, -0.0381, 0.1926},
                new double[] {0, 10, 0, 20, -0.1611, 0.2775},
                new double[] {0, 10, 0, 10, -0.2775, 0.2775},
                new double[] {10, 10, 0, 20, 0.6791, 1.0000},
                new double[] {10, 10, 0, 10, 0.6075, 1.0000});
        for (double[] row : table) {
            DeltaInterval d = ChangeIntervals.shares((long) row[2], (long) row[3], (long) row[0], (long) row[1]);
            assertThat(d.delta()).isCloseTo(100 * (row[0] / row[1] - row[2] / row[3]), within(1e-9));
            assertThat(d.low()).as("lower limit of %s", java.util.Arrays.toString(row)).isCloseTo(100 * row[4], within(0.006));
            assertThat(d.high()).as("upper limit of %s", java.util.Arrays.toString(row)).isCloseTo(100 * row[5], within(0.006));
        }
    }

    /**
     * Moore, McCabe and Craig, Introduction to the Practice of Statistics, the DRP reading example: treatment
     * mean 51.48 (s 11.01, n 21), control 41.52 (s 17.15, n 23); t = 2.31, df 37.86, 95 % interval 1.2 to 18.7.
     */
    @Test
    void meansReproduceTheDrpTextbookExample() {
        DeltaInterval d = ChangeIntervals.means(41.52, 17.15, 23, 51.48, 11.01, 21);
        assertThat(d.delta()).isCloseTo(9.96, within(1e-9));
        assertThat(d.degreesOfFreedom()).isCloseTo(37.86, within(0.01));
        double se = Math.sqrt(11.01 * 11.01 / 21 + 17.15 * 17.15 / 23);
        assertThat(d.delta() / se).isCloseTo(2.31, within(0.005));
        assertThat(d.low()).isCloseTo(1.2, within(0.05));
        assertThat(d.high()).isCloseTo(18.7, within(0.05));
    }

    /** Wikipedia, "Welch's t-test", example 1: two samples of 15; t = −2.46, ν = 25.0, p = 0.021. */
    @Test
    void meansReproduceTheWelchExampleFromRawData() {
        double[] a1 = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4};
        double[] a2 = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4};
        // A2 is round A and A1 round B, so the change is A1 − A2 as the example's t.
        DeltaInterval d = ChangeIntervals.means(mean(a2), sd(a2), a2.length, mean(a1), sd(a1), a1.length);
        double se = Math.sqrt(sd(a1) * sd(a1) / 15 + sd(a2) * sd(a2) / 15);
        assertThat(d.delta() / se).isCloseTo(-2.46, within(0.005));
        assertThat(d.degreesOfFreedom()).isCloseTo(25.0, within(0.05));
        assertThat(d.belowZero()).isTrue(); // p = 0.021 < 0.05: the interval excludes zero
        // A 97.9 % interval would just touch zero: the 95 % one reaches to within a small margin of it.
        assertThat(d.high()).isBetween(-0.5, 0.0);
    }

    /**
     * The standard deviation 0.745 of the +1/0/−1 score at p₊ = 1/2, p₀ = 1/3, p₋ = 1/6 (NPS 33.3), from the
     * margin-of-error answer on Cross Validated (stats.stackexchange.com/a/18609): two independent surveys
     * of 100 with those shares differ by 0 ± 1.96·0.745·√(2/100) = ±20.65 points.
     */
    @Test
    void npsDifferenceAddsTheTwoVariancesOfThePublishedExample() {
        DeltaInterval d = ChangeIntervals.nps(1 / 2.0, 1 / 6.0, 100, 1 / 2.0, 1 / 6.0, 100);
        assertThat(Math.sqrt(Nps.variance(1 / 2.0, 1 / 6.0))).isCloseTo(0.745, within(0.0005));
        assertThat(d.delta()).isCloseTo(0, within(1e-9));
        assertThat(d.high()).isCloseTo(20.65, within(0.01));
        assertThat(d.low()).isCloseTo(-20.65, within(0.01));
        // Each survey alone has the margin of Nps.of: 14.6 points, as the answer works out for n = 100.
        MetricResult one = Nps.of(50, 33, 17).orElseThrow();
        assertThat(one.ciHigh() - one.value()).isCloseTo(14.6, within(0.1));
    }

    @Test
    void npsChangeOfEighteenPointsOnSeveralHundredAnswersIsClear() {
        // Seed 004: NPS rose 18 points in six months. With 400 answers a round that is no noise.
        DeltaInterval d = ChangeIntervals.nps(0.40, 0.30, 400, 0.50, 0.22, 400);
        assertThat(d.delta()).isCloseTo(18, within(1e-9));
        assertThat(d.aboveZero()).isTrue();
    }

    @Test
    void meansWithoutSpreadGiveTheChangeItself() {
        DeltaInterval d = ChangeIntervals.means(5, 0, 10, 6, 0, 10);
        assertThat(d.low()).isEqualTo(1.0);
        assertThat(d.high()).isEqualTo(1.0);
    }

    @Test
    void tQuantileMatchesTheTable() {
        assertThat(ChangeIntervals.t975(10)).isCloseTo(2.2281, within(1e-4));
        assertThat(ChangeIntervals.t975(30)).isCloseTo(2.0423, within(1e-4));
        assertThat(ChangeIntervals.t975(1e6)).isCloseTo(Intervals.Z95, within(1e-4));
    }

    private static double mean(double[] x) {
        return java.util.Arrays.stream(x).average().orElseThrow();
    }

    private static double sd(double[] x) {
        double m = mean(x);
        return Math.sqrt(java.util.Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
    }
}
