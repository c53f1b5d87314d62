package fi.polku.model;

import java.util.List;
import java.util.Objects;

/**
 * A metric: its scale, whether higher is better and what its answers are (numbers, or yes/no). The five
 * built-ins are implied in every map; a map's file lists only its custom metrics.
 */
public record MetricDefinition(String id, String name, String unit, double min, double max,
                               Direction direction, boolean builtIn, MetricKind kind) {
    public static final String NPS = "nps";
    public static final String CSAT = "csat";
    public static final String CES = "ces";
    public static final String FCR = "fcr";
    public static final String EMOTION = "emotion";

    public static final List<MetricDefinition> BUILT_INS = List.of(
            new MetricDefinition(NPS, "NPS", "points", -100, 100, Direction.HIGHER_IS_BETTER, true),
            new MetricDefinition(CSAT, "CSAT", "%", 0, 100, Direction.HIGHER_IS_BETTER, true),
            new MetricDefinition(CES, "CES", "", 1, 7, Direction.HIGHER_IS_BETTER, true),
            new MetricDefinition(FCR, "FCR", "%", 0, 100, Direction.HIGHER_IS_BETTER, true),
            new MetricDefinition(EMOTION, "Emotion", "", -3, 3, Direction.HIGHER_IS_BETTER, true));

    public MetricDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        name = name == null || name.isBlank() ? id : name;
        unit = unit == null ? "" : unit;
        kind = kind == null ? MetricKind.SCALE : kind;
    }

    /** A metric whose answers are numbers on its scale. */
    public MetricDefinition(String id, String name, String unit, double min, double max, Direction direction,
                            boolean builtIn) {
        this(id, name, unit, min, max, direction, builtIn, MetricKind.SCALE);
    }

    /** A custom (map-defined) metric. */
    public static MetricDefinition custom(String id, String name, String unit, double min, double max,
                                          Direction direction) {
        return new MetricDefinition(id, name, unit, min, max, direction, false);
    }

    /**
     * A custom yes/no metric ("approached within 5 minutes"): its value is the percentage of yes answers
     * (0–100 %), scored like FCR with a Wilson interval.
     */
    public static MetricDefinition yesNo(String id, String name, Direction direction) {
        return new MetricDefinition(id, name, "%", 0, 100, direction, false, MetricKind.YES_NO);
    }

    /** True for a custom yes/no metric, whose answers are 1 (yes) or 0 (no) and whose value is a share. */
    public boolean isYesNo() {
        return kind == MetricKind.YES_NO;
    }

    public static MetricDefinition builtIn(String id) {
        for (MetricDefinition d : BUILT_INS) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        return null;
    }

    public boolean contains(double value) {
        return !Double.isNaN(value) && value >= min && value <= max;
    }

    /** The value on a 0..100 scale where 100 is best, as used by importance-performance analysis. */
    public double normalise(double value) {
        double share = (value - min) / (max - min);
        if (direction == Direction.LOWER_IS_BETTER) {
            share = 1 - share;
        }
        return 100 * Math.max(0, Math.min(1, share));
    }
}
