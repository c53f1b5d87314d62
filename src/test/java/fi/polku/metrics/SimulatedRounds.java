package fi.polku.metrics;

import fi.polku.model.ChannelType;
import fi.polku.model.Direction;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.Stage;
import fi.polku.model.Touchpoint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A map of two survey rounds made from simulated answers: one touchpoint per metric kind whose answers
 * shift between the rounds, and one per kind whose answers come from the same distribution in both.
 * Every measurement is scored from its answers as an import scores it, so the comparison reads what a
 * real map stores.
 */
final class SimulatedRounds {
    static final MetricDefinition WAIT = MetricDefinition.custom("odotus", "Odotus", "min", 0, 30, Direction.LOWER_IS_BETTER);
    static final MetricDefinition APPROACHED = MetricDefinition.yesNo("lahestytty", "Lähestytty", Direction.HIGHER_IS_BETTER);
    static final MetricDefinition KNOWLEDGE = MetricDefinition.custom("tieto", "Tuotetuntemus", "", 1, 5, Direction.HIGHER_IS_BETTER);
    static final List<String> METRICS = List.of(MetricDefinition.NPS, MetricDefinition.CSAT, MetricDefinition.CES,
            MetricDefinition.FCR, MetricDefinition.EMOTION, APPROACHED.id(), KNOWLEDGE.id(), WAIT.id());
    static final String A = "Syksy 2026";
    static final String B = "Kevät 2027";

    /** The map and the ids of its shifted touchpoints with the direction of their shift (+1 up, −1 down). */
    record Simulation(JourneyMap map, Set<String> shifted, java.util.Map<String, Integer> direction) {
    }

    private SimulatedRounds() {
    }

    static Simulation of(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        JourneyMap empty = JourneyMap.empty("sim", "Simulated").withStages(List.of(new Stage("s1", "Kaikki")))
                .withLanes(List.of(Lane.channel("l1", "Myymälä", ChannelType.STORE)))
                .withMetrics(List.of(WAIT, APPROACHED, KNOWLEDGE));
        List<Touchpoint> touchpoints = new ArrayList<>();
        Set<String> shifted = new TreeSet<>();
        java.util.Map<String, Integer> direction = new java.util.HashMap<>();
        for (String metricId : METRICS) {
            MetricDefinition metric = empty.metric(metricId).orElseThrow();
            for (boolean shift : new boolean[] {true, false}) {
                String id = metricId + (shift ? "-shifted" : "-noise");
                int sign = random.nextBoolean() ? 1 : -1;
                // Round A from the low or the high distribution, round B from the other one (or the same).
                boolean aHigh = shift && sign < 0;
                boolean bHigh = shift ? sign > 0 : random.nextBoolean();
                if (!shift) {
                    aHigh = bHigh;
                } else {
                    shifted.add(id);
                    direction.put(id, sign);
                }
                List<Measurement> ms = List.of(
                        measure(metric, aHigh, 200 + random.nextInt(201), random, LocalDate.of(2026, 10, 31)).withRound(A),
                        measure(metric, bHigh, 200 + random.nextInt(201), random, LocalDate.of(2027, 4, 30)).withRound(B));
                touchpoints.add(Touchpoint.create(id, id, "s1", "l1").withMeasurements(ms).withImportance(3.0));
            }
        }
        return new Simulation(empty.withTouchpoints(touchpoints), shifted, direction);
    }

    /** n answers of a metric from its low or high distribution, scored as a survey import scores them. */
    private static Measurement measure(MetricDefinition metric, boolean high, int n, SplittableRandom random,
                                       LocalDate day) {
        AnswerTally tally = AnswerTally.of(metric);
        for (int i = 0; i < n; i++) {
            tally.add(answer(metric.id(), high, random), day);
        }
        return Scoring.score(tally).orElseThrow().toMeasurement("Kysely");
    }

    private static double answer(String metric, boolean high, SplittableRandom r) {
        double u = r.nextDouble();
        return switch (metric) {
            // NPS 10 (35 % promoters, 25 % detractors) against NPS 50 (60 %, 10 %).
            case MetricDefinition.NPS -> u < (high ? 0.60 : 0.35) ? 9 + r.nextInt(2)
                    : u < (high ? 0.90 : 0.75) ? 7 + r.nextInt(2) : r.nextInt(7);
            // 60 % against 85 % answering 4 or 5.
            case MetricDefinition.CSAT -> u < (high ? 0.85 : 0.60) ? 4 + r.nextInt(2) : 1 + r.nextInt(3);
            // Means about 4.0 against 5.0 on 1–7.
            case MetricDefinition.CES -> Math.clamp(Math.round((high ? 5.0 : 4.0) + 1.5 * r.nextGaussian()), 1, 7);
            case MetricDefinition.FCR -> u < (high ? 0.9 : 0.7) ? 1 : 0;
            case MetricDefinition.EMOTION -> Math.clamp(Math.round((high ? 0.8 : -0.2) + 1.4 * r.nextGaussian()), -3, 3);
            case "lahestytty" -> u < (high ? 0.7 : 0.4) ? 1 : 0;
            case "tieto" -> Math.clamp(Math.round((high ? 3.8 : 3.0) + 1.1 * r.nextGaussian()), 1, 5);
            // Waiting minutes, about 8 against 12 (no clipping at these means).
            case "odotus" -> Math.clamp((high ? 12.0 : 8.0) + 4 * r.nextGaussian(), 0, 30);
            default -> throw new IllegalArgumentException(metric);
        };
    }
}
