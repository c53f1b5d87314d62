package fi.polku.metrics;

import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

/**
 * One touchpoint's change in one metric from round A to round B: both measurements that count (the latest
 * of each round), the change B − A with its 95 % interval, and the verdict.
 *
 * @param a        round A's measurement, or null when the round has none
 * @param b        round B's measurement, or null
 * @param interval the change and its interval, or null when the test cannot be made ({@code limit} says why)
 * @param limit    what the comparison lacked or had to assume; {@link Limit#NONE} when nothing
 */
public record MetricChange(Touchpoint touchpoint, MetricDefinition metric, Measurement a, Measurement b,
                           ChangeTest test, DeltaInterval interval, ChangeVerdict verdict, Limit limit) {
    /** What kept a comparison from being made, or what it had to assume. */
    public enum Limit {
        NONE,
        /** Measured in round B only. */
        NOT_IN_A,
        /** Measured in round A only. */
        NOT_IN_B,
        /** A measurement has no sample size, so nothing can say how precise it is. */
        NO_SAMPLE_SIZE,
        /** A mean of a single answer says nothing about spread. */
        ONE_ANSWER,
        /**
         * A measurement of NPS or a mean has no stored interval, so its spread is not known: the widest
         * spread its value and scale allow is assumed, which can only widen the interval (a clear verdict
         * then still holds).
         */
        SPREAD_ASSUMED;

        public Text text() {
            return Text.of("changeLimit." + name());
        }
    }

    /** The change B − A in the metric's unit, also when no interval could be given; null when a side is missing. */
    public Double delta() {
        if (interval != null) {
            return interval.delta();
        }
        return a == null || b == null ? null : b.value() - a.value();
    }

    /** True when either side rests on fewer than {@link MetricResult#SMALL_SAMPLE} answers. */
    public boolean smallSample() {
        return small(a) || small(b);
    }

    private static boolean small(Measurement m) {
        return m != null && m.n() != null && m.n() < MetricResult.SMALL_SAMPLE;
    }
}
