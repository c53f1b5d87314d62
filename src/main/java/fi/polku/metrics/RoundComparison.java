package fi.polku.metrics;

import fi.polku.model.JourneyMap;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Round A against round B on one map: for every touchpoint and metric measured in either round, the change
 * with its 95 % interval and verdict (by {@link ChangeTest}), in reading order and the map's metric order.
 * Within a round the measurement that counts is its latest, as {@link LatestMeasurement} chooses.
 */
public record RoundComparison(JourneyMap map, Round a, Round b, List<MetricChange> changes) {
    public RoundComparison {
        changes = List.copyOf(changes);
    }

    /** Compares two rounds of a map. */
    public static RoundComparison of(JourneyMap map, Round a, Round b) {
        List<MetricChange> changes = new ArrayList<>();
        List<MetricDefinition> metrics = map.allMetrics();
        for (Touchpoint t : MapOrder.touchpoints(map)) {
            if (t.measurements().isEmpty()) {
                continue;
            }
            Touchpoint inA = only(t, a);
            Touchpoint inB = only(t, b);
            for (MetricDefinition metric : metrics) {
                Measurement ma = LatestMeasurement.of(inA, metric.id()).orElse(null);
                Measurement mb = LatestMeasurement.of(inB, metric.id()).orElse(null);
                if (ma != null || mb != null) {
                    changes.add(compare(t, metric, ma, mb));
                }
            }
        }
        return new RoundComparison(map, a, b, changes);
    }

    /** The journey score and priority ranking of one metric in either round, and their change. */
    public RoundScores scores(String metricId) {
        return RoundScores.of(map, a, b, metricId);
    }

    /** The changes whose verdict is clear (improved or worsened). */
    public List<MetricChange> clearChanges() {
        return changes.stream().filter(c -> c.verdict().isClear()).toList();
    }

    /** The measured metrics of either round, in the map's metric order. */
    public List<MetricDefinition> metrics() {
        return map.allMetrics().stream()
                .filter(m -> changes.stream().anyMatch(c -> c.metric().id().equals(m.id()))).toList();
    }

    /** One touchpoint's change in one metric. */
    static MetricChange compare(Touchpoint t, MetricDefinition metric, Measurement a, Measurement b) {
        ChangeTest test = ChangeTest.of(metric);
        MetricChange.Limit missing = a == null ? MetricChange.Limit.NOT_IN_A : b == null ? MetricChange.Limit.NOT_IN_B
                : a.n() == null || b.n() == null || a.n() < 1 || b.n() < 1 ? MetricChange.Limit.NO_SAMPLE_SIZE
                : test == ChangeTest.WELCH && (a.n() < 2 || b.n() < 2) ? MetricChange.Limit.ONE_ANSWER : null;
        if (missing != null) {
            return new MetricChange(t, metric, a, b, test, null, ChangeVerdict.NOT_COMPARABLE, missing);
        }
        DeltaInterval interval = switch (test) {
            case NPS_DIFFERENCE -> {
                double[] sa = StoredSample.npsShares(a);
                double[] sb = StoredSample.npsShares(b);
                yield ChangeIntervals.nps(sa[0], sa[1], a.n(), sb[0], sb[1], b.n());
            }
            case NEWCOMBE -> ChangeIntervals.shares(StoredSample.yes(a), a.n(), StoredSample.yes(b), b.n());
            case WELCH -> ChangeIntervals.means(a.value(), StoredSample.sd(a, metric), a.n(), b.value(),
                    StoredSample.sd(b, metric), b.n());
        };
        boolean assumed = test != ChangeTest.NEWCOMBE && (StoredSample.spreadUnknown(a) || StoredSample.spreadUnknown(b));
        return new MetricChange(t, metric, a, b, test, interval, ChangeVerdict.of(metric, interval),
                assumed ? MetricChange.Limit.SPREAD_ASSUMED : MetricChange.Limit.NONE);
    }

    private static Touchpoint only(Touchpoint t, Round round) {
        return t.withMeasurements(t.measurements().stream().filter(round::contains).toList());
    }
}
