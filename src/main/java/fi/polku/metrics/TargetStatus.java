package fi.polku.metrics;

import fi.polku.model.Direction;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Text;

/**
 * Where a score stands against its target. BELOW always means worse than the target and ABOVE better,
 * whichever way the metric runs: a waiting time above its target minutes is BELOW. Each status has a
 * shape as well as a colour, so that it is never told by colour alone; the canvas, the analysis views
 * and the tables all use this one rule.
 */
public enum TargetStatus {
    BELOW('▼'), AT('●'), ABOVE('▲'), NO_TARGET('○'),
    /** The touchpoint has no measurement of the metric, so nothing can be compared; drawn like NO_TARGET. */
    NOT_MEASURED('○');

    private final char symbol;

    TargetStatus(char symbol) {
        this.symbol = symbol;
    }

    /** Capitalised words for column cells and headings, e.g. "Below target" or "Alle tavoitteen". */
    public Text text() {
        return Text.of("status." + name());
    }

    /** The shape as a character, for text-only outputs (tooltips, tables): ▼ ● ▲ ○. */
    public char symbol() {
        return symbol;
    }

    /** True when there is nothing to compare: no target, or no measurement. */
    public boolean isUnrated() {
        return this == NO_TARGET || this == NOT_MEASURED;
    }

    /**
     * Compares a score with a target. With an interval, the score is AT its target when the target lies
     * inside the interval (the data cannot tell them apart); without one, only when equal.
     *
     * @param ciLow  lower end of the 95 % interval, or null
     * @param ciHigh upper end, or null
     * @param target the target, or null for {@link #NO_TARGET}
     */
    public static TargetStatus of(MetricDefinition metric, double value, Double ciLow, Double ciHigh,
                                  Double target) {
        if (target == null) {
            return NO_TARGET;
        }
        double low = ciLow != null && ciHigh != null ? ciLow : value;
        double high = ciLow != null && ciHigh != null ? ciHigh : value;
        boolean higherIsBetter = metric.direction() == Direction.HIGHER_IS_BETTER;
        if (high < target) {
            return higherIsBetter ? BELOW : ABOVE;
        }
        if (low > target) {
            return higherIsBetter ? ABOVE : BELOW;
        }
        return AT;
    }
}
