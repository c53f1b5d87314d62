package fi.polku.metrics;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class IntervalPropertiesTest {
    @Property
    void wilsonIntervalHoldsTheShareAndStaysWithinZeroAndOne(@ForAll @IntRange(min = 1, max = 5000) int n,
                                                             @ForAll @IntRange(min = 0, max = 5000) int k) {
        int successes = k % (n + 1);
        double[] ci = Intervals.wilson(successes, n);
        double p = (double) successes / n;
        assertThat(ci[0]).isBetween(0.0, p);
        assertThat(ci[1]).isBetween(p, 1.0);
        assertThat(ci[1] - ci[0]).isPositive();
    }

    @Property
    void npsIntervalHoldsTheScoreWithinTheScale(@ForAll @IntRange(max = 2000) int promoters,
                                                @ForAll @IntRange(max = 2000) int passives,
                                                @ForAll @IntRange(max = 2000) int detractors) {
        Nps.of(promoters, passives, detractors).ifPresentOrElse(r -> {
            assertThat(r.value()).isBetween(r.ciLow(), r.ciHigh());
            assertThat(r.ciLow()).isGreaterThanOrEqualTo(-100);
            assertThat(r.ciHigh()).isLessThanOrEqualTo(100);
            assertThat(r.n()).isEqualTo(promoters + passives + detractors);
        }, () -> assertThat(promoters + passives + detractors).isZero());
    }

    @Property
    void tQuantileFallsWithMoreDataTowardsTheNormal(@ForAll @IntRange(min = 1, max = 100_000) int df) {
        assertThat(Intervals.t95(df)).isGreaterThan(Intervals.Z95).isGreaterThanOrEqualTo(Intervals.t95(df + 1));
    }
}
