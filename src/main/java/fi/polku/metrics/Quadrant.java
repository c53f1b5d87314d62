package fi.polku.metrics;

/** The four quadrants of importance-performance analysis (Martilla & James, 1977). */
public enum Quadrant {
    /** Important to customers and performing poorly: act here first. */
    CONCENTRATE_HERE("Concentrate here"),
    /** Important and performing well. */
    KEEP_UP_THE_GOOD_WORK("Keep up the good work"),
    /** Neither important nor performing well. */
    LOW_PRIORITY("Low priority"),
    /** Performing well where customers care little: effort may be better spent elsewhere. */
    POSSIBLE_OVERKILL("Possible overkill");

    private final String displayName;

    Quadrant(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The quadrant of a point; a point on a crosshair line counts as high on that axis. */
    public static Quadrant of(double importance, double performance, Crosshair.Position crosshair) {
        boolean important = importance >= crosshair.importance();
        boolean performing = performance >= crosshair.performance();
        if (important) {
            return performing ? KEEP_UP_THE_GOOD_WORK : CONCENTRATE_HERE;
        }
        return performing ? POSSIBLE_OVERKILL : LOW_PRIORITY;
    }
}
