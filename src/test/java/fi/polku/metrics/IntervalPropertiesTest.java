package fi.polku.metrics;

import fi.polku.testing.Gen;
import fi.polku.testing.Seeded;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntervalPropertiesTest {
    @Test
    void wilsonIntervalHoldsTheShareAndStaysWithinZeroAndOne() {
        Seeded.check(Seeded.DEFAULT_TRIES, Share.edgeCases(), Share::random, share -> {
            int n = share.n();
            int successes = share.k() % (n + 1);
            double[] ci = Intervals.wilson(successes, n);
            double p = (double) successes / n;
            assertThat(ci[0]).isBetween(0.0, p);
            assertThat(ci[1]).isBetween(p, 1.0);
            assertThat(ci[1] - ci[0]).isPositive();
        });
    }

    @Test
    void npsIntervalHoldsTheScoreWithinTheScale() {
        Seeded.check(Seeded.DEFAULT_TRIES, Answers.edgeCases(), Answers::random, a ->
                Nps.of(a.promoters(), a.passives(), a.detractors()).ifPresentOrElse(r -> {
                    assertThat(r.value()).isBetween(r.ciLow(), r.ciHigh());
                    assertThat(r.ciLow()).isGreaterThanOrEqualTo(-100);
                    assertThat(r.ciHigh()).isLessThanOrEqualTo(100);
                    assertThat(r.n()).isEqualTo(a.promoters() + a.passives() + a.detractors());
                }, () -> assertThat(a.promoters() + a.passives() + a.detractors()).isZero()));
    }

    @Test
    void tQuantileFallsWithMoreDataTowardsTheNormal() {
        Seeded.check(Seeded.DEFAULT_TRIES, Gen.integerEdges(1, 100_000), g -> g.intBetween(1, 100_000), df ->
                assertThat(Intervals.t95(df)).isGreaterThan(Intervals.Z95)
                        .isGreaterThanOrEqualTo(Intervals.t95(df + 1)));
    }

    /** A sample of n answers and a number k from which the count of successes is taken. */
    private record Share(int n, int k) {
        static Share random(Gen g) {
            return new Share(g.intBetween(1, 5000), g.intBetween(0, 5000));
        }

        static List<Share> edgeCases() {
            return Gen.integerEdges(1, 5000).stream()
                    .flatMap(n -> Gen.integerEdges(0, 5000).stream().map(k -> new Share(n, k))).toList();
        }
    }

    /** Counts of the three kinds of recommendation answers. */
    private record Answers(int promoters, int passives, int detractors) {
        static Answers random(Gen g) {
            return new Answers(g.intBetween(0, 2000), g.intBetween(0, 2000), g.intBetween(0, 2000));
        }

        static List<Answers> edgeCases() {
            List<Integer> counts = Gen.integerEdges(0, 2000);
            return counts.stream().flatMap(p -> counts.stream()
                    .flatMap(q -> counts.stream().map(d -> new Answers(p, q, d)))).toList();
        }
    }
}
