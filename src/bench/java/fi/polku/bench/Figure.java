package fi.polku.bench;

import java.util.Locale;

/**
 * One reported figure: a value (absent when it could not be measured, with the reason as note), its unit,
 * the goal it is held against, how it was measured and how far the samples behind it spread (absent for a
 * single measurement).
 */
record Figure(String name, Double value, String unit, String goal, String note, Spread spread) {
    static Figure of(String name, double value, String unit, String goal, String note, Spread spread) {
        return new Figure(name, value, unit, goal, note, spread);
    }

    /** A ratio measured in alternating pairs: the median of the pairwise ratios, with their spread. */
    static Figure ratio(String name, Pairs pairs, String goal, String note) {
        return new Figure(name, pairs.ratio(), "ratio", goal, note, pairs.spread());
    }

    static Figure notAvailable(String name, String goal, String reason) {
        return new Figure(name, null, null, goal, reason, null);
    }

    /** The console line: {@code name: value (spread)}, or {@code name: n/a (reason)}. */
    String line() {
        if (value == null) {
            return name + ": n/a (" + note + ")";
        }
        return name + ": " + String.format(Locale.ROOT, Spread.format(value), value)
                + (spread == null ? "" : " (" + spread.text(value) + ")");
    }

    /** True when there is a goal and the value misses it. */
    boolean missesGoal() {
        if (value == null || goal == null || !goal.startsWith("<=")) {
            return false;
        }
        return value > Double.parseDouble(goal.substring(2).trim());
    }
}
