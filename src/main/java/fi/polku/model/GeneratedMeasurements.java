package fi.polku.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plausible measurements for {@link MapGenerator}: a value drawn from a distribution, with n and a 95 %
 * interval computed the way the metrics layer does (NPS from +1/0/-1 scores, Wilson for shares, normal
 * for means), rounded to one decimal so that low <= value <= high still holds.
 */
final class GeneratedMeasurements {
    private static final String[] METRICS = {MetricDefinition.NPS, MetricDefinition.CSAT, MetricDefinition.CES,
        MetricDefinition.FCR, MetricDefinition.EMOTION};
    private static final String[] SOURCES = {"Kysely", "Chat-kysely", "Mystery shopping", "Palautelomake",
        "Puhelinhaastattelu", "Verkkoanalytiikka"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 15);
    private static final double Z = 1.959964;

    private final Random rnd;

    GeneratedMeasurements(Random rnd) {
        this.rnd = rnd;
    }

    /** {@code count} (0..5) measurements of distinct metrics. */
    List<Measurement> measurements(int count) {
        String[] order = METRICS.clone();
        for (int i = order.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            String tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        List<Measurement> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(measurement(order[i]));
        }
        return out;
    }

    /** A realistic ambition for a metric, within its scale. */
    double target(String metric) {
        return switch (metric) {
            case MetricDefinition.NPS -> 20 + 5 * rnd.nextInt(9);
            case MetricDefinition.CSAT -> 70 + 5 * rnd.nextInt(6);
            case MetricDefinition.CES -> 5 + 0.5 * rnd.nextInt(4);
            case MetricDefinition.FCR -> 70 + 5 * rnd.nextInt(5);
            default -> 1 + rnd.nextInt(2);
        };
    }

    private Measurement measurement(String metric) {
        int roll = rnd.nextInt(20);
        EvidenceLevel evidence = roll < 12 ? EvidenceLevel.OBSERVED : roll < 17 ? EvidenceLevel.INFERRED
                : EvidenceLevel.ASSUMED;
        LocalDate date = FIRST_DAY.plusDays(rnd.nextInt(300));
        double[] v = switch (metric) {
            case MetricDefinition.NPS -> nps();
            case MetricDefinition.CSAT -> share(0.35, 0.95);
            case MetricDefinition.FCR -> share(0.4, 0.95);
            case MetricDefinition.CES -> mean(2.5, 6.5, 1.2, 1, 7);
            default -> mean(-2.5, 2.5, 1.0, -3, 3);
        };
        if (evidence == EvidenceLevel.ASSUMED) {
            // A workshop guess: a rounded number with no sample behind it.
            return Measurement.of(metric, Math.round(v[0]), null, date, "Työpaja", evidence);
        }
        int n = (int) v[3];
        return new Measurement(metric, round(v[0]), n, round(v[1]), round(v[2]),
                date.minusDays(7 + rnd.nextInt(54)), date, SOURCES[rnd.nextInt(SOURCES.length)], evidence);
    }

    private int sampleSize() {
        return 20 + rnd.nextInt(481);
    }

    private double[] nps() {
        int n = sampleSize();
        double promoters = 0.1 + 0.6 * rnd.nextDouble();
        double detractors = 0.05 + (0.85 - promoters) * rnd.nextDouble();
        double score = promoters - detractors;
        double variance = promoters + detractors - score * score;
        double half = Z * Math.sqrt(variance / n);
        return new double[] {100 * score, clamp(100 * (score - half), -100, 100),
            clamp(100 * (score + half), -100, 100), n};
    }

    /** A percentage with its Wilson score interval. */
    private double[] share(double low, double high) {
        int n = sampleSize();
        int successes = (int) Math.round(n * (low + (high - low) * rnd.nextDouble()));
        double p = (double) successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {100 * p, clamp(100 * (centre - half), 0, 100), clamp(100 * (centre + half), 0, 100), n};
    }

    private double[] mean(double low, double high, double sd, double min, double max) {
        int n = sampleSize();
        double mean = low + (high - low) * rnd.nextDouble();
        double half = Z * sd / Math.sqrt(n);
        return new double[] {mean, clamp(mean - half, min, max), clamp(mean + half, min, max), n};
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
