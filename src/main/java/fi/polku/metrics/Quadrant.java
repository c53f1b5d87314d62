package fi.polku.metrics;

import fi.polku.text.Text;

/** The four quadrants of importance-performance analysis (Martilla & James, 1977). */
public enum Quadrant {
    /** Important to customers and performing poorly: act here first. */
    CONCENTRATE_HERE,
    /** Important and performing well. */
    KEEP_UP_THE_GOOD_WORK,
    /** Neither important nor performing well. */
    LOW_PRIORITY,
    /** Performing well where customers care little: effort may be better spent elsewhere. */
    POSSIBLE_OVERKILL;

    /** The quadrant's name, e.g. "Concentrate here" or "Keskity tähän". */
    public Text text() {
        return Text.of("quadrant." + name());
    }

    /**
     * What puts a touchpoint here under a crosshair, e.g. "below target, important" for {@link Crosshair#TARGET}
     * or "performance below the mean, importance above it" for {@link Crosshair#DATA_MEANS}.
     */
    public Text condition(Crosshair crosshair) {
        return Text.of("quadrant.condition." + crosshair.name() + "." + name());
    }

    /** The name with its condition, e.g. "Concentrate here (below target, important)". */
    public Text text(Crosshair crosshair) {
        return Text.of("quadrant.withCondition", text(), condition(crosshair));
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

    /** True for the two quadrants below the performance line. */
    public boolean performingPoorly() {
        return this == CONCENTRATE_HERE || this == LOW_PRIORITY;
    }
}
