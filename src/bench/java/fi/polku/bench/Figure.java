package fi.polku.bench;

import java.util.Locale;

/**
 * One reported figure: a value (absent when it could not be measured, with the reason as note), its unit,
 * the goal it is held against and how it was measured.
 */
record Figure(String name, Double value, String unit, String goal, String note) {
    static Figure of(String name, double value, String unit, String goal, String note) {
        return new Figure(name, value, unit, goal, note);
    }

    static Figure notAvailable(String name, String goal, String reason) {
        return new Figure(name, null, null, goal, reason);
    }

    /** The console line: {@code name: value}, or {@code name: n/a (reason)}. */
    String line() {
        if (value == null) {
            return name + ": n/a (" + note + ")";
        }
        return name + ": " + String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }

    /** True when there is a goal and the value misses it. */
    boolean missesGoal() {
        if (value == null || goal == null || !goal.startsWith("<=")) {
            return false;
        }
        return value > Double.parseDouble(goal.substring(2).trim());
    }
}
