package fi.polku.metrics;

import fi.polku.model.Direction;
import fi.polku.model.MetricDefinition;
import fi.polku.text.Text;

/**
 * What a change between two rounds says: improved or worsened when its 95 % interval excludes zero (the
 * direction by whether higher is better for the metric), no clear change when it holds zero, and not
 * comparable when one side is missing what the test needs. Each has a word and a shape, never a colour
 * alone.
 */
public enum ChangeVerdict {
    IMPROVED('▲'), WORSENED('▼'), NO_CLEAR_CHANGE('='), NOT_COMPARABLE('–');

    private final char symbol;

    ChangeVerdict(char symbol) {
        this.symbol = symbol;
    }

    /** The verdict of an interval for a metric. */
    public static ChangeVerdict of(MetricDefinition metric, DeltaInterval interval) {
        boolean higherIsBetter = metric.direction() == Direction.HIGHER_IS_BETTER;
        if (interval.aboveZero()) {
            return higherIsBetter ? IMPROVED : WORSENED;
        }
        if (interval.belowZero()) {
            return higherIsBetter ? WORSENED : IMPROVED;
        }
        return NO_CLEAR_CHANGE;
    }

    /** The word, e.g. "Improved" or "Parantunut". */
    public Text text() {
        return Text.of("verdict." + name());
    }

    /** The shape for text-only outputs: ▲ ▼ = –. */
    public char symbol() {
        return symbol;
    }

    /** True for a verdict the data supports: improved or worsened. */
    public boolean isClear() {
        return this == IMPROVED || this == WORSENED;
    }
}
