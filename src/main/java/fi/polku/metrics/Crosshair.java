package fi.polku.metrics;

import fi.polku.text.Text;

import java.util.List;

/** Where the importance-performance crosshair sits: at the data's means or at the scales' midpoints. */
public enum Crosshair {
    DATA_MEANS, SCALE_MIDPOINTS;

    /** Midpoint of the 1–5 importance scale. */
    public static final double IMPORTANCE_MIDPOINT = 3;
    /** Midpoint of the 0–100 performance scale. */
    public static final double PERFORMANCE_MIDPOINT = 50;

    /** Where the crosshair sits, e.g. "Data means". */
    public Text text() {
        return Text.of("crosshair." + name());
    }

    /** The crosshair's point on the importance (1–5) and performance (0–100) axes. */
    public record Position(double importance, double performance) {
    }

    /**
     * The crosshair for the plotted points, each an {importance, performance} pair. With no points the
     * data means are undefined and the scale midpoints are used.
     */
    public Position position(List<double[]> points) {
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
