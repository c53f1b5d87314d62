package fi.polku.metrics;

/**
 * A change B − A with its 95 % interval, in the metric's own unit (NPS points, %-points, scale points).
 *
 * @param degreesOfFreedom Welch–Satterthwaite degrees of freedom for a difference of means, else null
 */
public record DeltaInterval(double delta, double low, double high, Double degreesOfFreedom) {
    public DeltaInterval {
        if (!(low <= delta && delta <= high)) {
            throw new IllegalArgumentException("the interval " + low + ".." + high + " must hold " + delta);
        }
    }

    /** True when the interval lies wholly above zero. */
    public boolean aboveZero() {
        return low > 0;
    }

    /** True when the interval lies wholly below zero. */
    public boolean belowZero() {
        return high < 0;
    }
}
