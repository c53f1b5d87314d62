package fi.polku.metrics;

import fi.polku.text.Text;

import java.util.List;

/**
 * Where the importance-performance crosshair sits. {@link #TARGET}, the default, measures each touchpoint
 * against its own target, as the practitioners ask ("are you below or above expectations"), so that no
 * quadrant contradicts the target status; the classic crosshairs at the data's means or at the scales'
 * midpoints remain for maps without targets.
 */
public enum Crosshair {
    /**
     * Performance is the distance from the touchpoint's target on the 0–100 scale (0 on target, negative
     * below it); the importance line sits at the scale midpoint. Touchpoints without a target have no place
     * on this axis and are listed apart.
     */
    TARGET,
    DATA_MEANS, SCALE_MIDPOINTS;

    /** Midpoint of the 1–5 importance scale. */
    public static final double IMPORTANCE_MIDPOINT = 3;
    /** Midpoint of the 0–100 performance scale. */
    public static final double PERFORMANCE_MIDPOINT = 50;
    /** Where the target line lies on the distance-from-target axis. */
    public static final double ON_TARGET = 0;

    /** Where the crosshair sits, e.g. "Data means". */
    public Text text() {
        return Text.of("crosshair." + name());
    }

    /**
     * The crosshair's point on the importance (1–5) and performance axes. Performance is 0–100 for the
     * means and midpoints, the distance from target for {@link #TARGET}.
     */
    public record Position(double importance, double performance) {
    }

    /**
     * The crosshair for the plotted points, each an {importance, performance} pair. With no points the
     * data means are undefined and the scale midpoints are used.
     */
    public Position position(List<double[]> points) {
        if (this == TARGET) {
            return new Position(IMPORTANCE_MIDPOINT, ON_TARGET);
        }
        if (this == SCALE_MIDPOINTS || points.isEmpty()) {
            return new Position(IMPORTANCE_MIDPOINT, PERFORMANCE_MIDPOINT);
        }
        double importance = 0;
        double performance = 0;
        for (double[] p : points) {
            importance += p[0];
            performance += p[1];
        }
        return new Position(importance / points.size(), performance / points.size());
    }
}
