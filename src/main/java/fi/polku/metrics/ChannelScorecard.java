package fi.polku.metrics;

import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Touchpoint;

import java.util.ArrayList;
import java.util.List;

/**
 * NPS, CES, FCR and CSAT of each channel lane of a map, pooled by n over the measurements that count
 * ({@link LatestMeasurement}) of the lane's touchpoints: "all measures in different situations and
 * channels" on one card.
 *
 * @param channels one per channel lane, in the map's lane order
 */
public record ChannelScorecard(List<Channel> channels) {
    /** The scorecard's metrics, in its column order. */
    public static final List<String> METRICS = List.of(MetricDefinition.NPS, MetricDefinition.CES,
            MetricDefinition.FCR, MetricDefinition.CSAT);

    public ChannelScorecard {
        channels = List.copyOf(channels);
    }

    /** One channel lane's pooled scores, in {@link #METRICS} order. */
    public record Channel(Lane lane, List<PooledScore> scores) {
        public Channel {
            scores = List.copyOf(scores);
        }

        /** The pooled score of one of {@link #METRICS}. */
        public PooledScore score(String metricId) {
            return scores.get(METRICS.indexOf(metricId));
        }

        /** Whether any of its scores was pooled. */
        public boolean measured() {
            return scores.stream().anyMatch(PooledScore::present);
        }
    }

    public static ChannelScorecard of(JourneyMap map) {
        List<Touchpoint> ordered = MapOrder.touchpoints(map);
        List<Channel> channels = new ArrayList<>();
        for (Lane lane : map.lanes()) {
            if (lane.kind() != LaneKind.CHANNEL) {
                continue;
            }
            List<Touchpoint> inLane = ordered.stream().filter(t -> t.laneId().equals(lane.id())).toList();
            List<PooledScore> scores = new ArrayList<>();
            for (String metricId : METRICS) {
                List<Measurement> counting = inLane.stream()
                        .flatMap(t -> LatestMeasurement.of(t, metricId).stream()).toList();
                scores.add(PooledScore.of(MetricDefinition.builtIn(metricId), counting));
            }
            channels.add(new Channel(lane, scores));
        }
        return new ChannelScorecard(channels);
    }

    /** Whether any channel has any pooled score. */
    public boolean measured() {
        return channels.stream().anyMatch(Channel::measured);
    }
}
