package fi.polku.ui.inspector;

import fi.polku.model.ValueEstimate;
import fi.polku.model.ValueFactor;
import fi.polku.ui.Messages;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * A value factor as typed in the inspector: the share converting as a percentage (12,5 for 0.125), the
 * others as plain numbers, empty for 0; negative numbers and shares over 100 % are refused with a reason.
 */
final class FactorInput {
    private FactorInput() {
    }

    /** The value to store (a share as 0..1), or the reason it is refused. */
    record Checked(double value, String error) {
    }

    static Checked check(ValueFactor factor, String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return new Checked(0, null);
        }
        OptionalDouble parsed = Numbers.parse(typed);
        if (parsed.isEmpty()) {
            return new Checked(0, Messages.format("measurement.value.notNumber", typed));
        }
        double v = parsed.getAsDouble();
        if (v < 0) {
            return new Checked(0, Messages.get("inspector.opportunity.negative"));
        }
        if (factor == ValueFactor.SHARE_CONVERTING) {
            if (v > 100) {
                return new Checked(0, Messages.get("inspector.opportunity.overHundred"));
            }
            // Through decimals, so that 7 % is stored as 0.07 and not 0.07000000000000001.
            return new Checked(BigDecimal.valueOf(v).movePointLeft(2).doubleValue(), null);
        }
        return new Checked(v, null);
    }

    /** The stored value typed back, or null when the text is refused. */
    static Double parse(ValueFactor factor, String text) {
        Checked c = check(factor, text);
        return c.error() == null ? c.value() : null;
    }

    /** A stored value as the field shows it: the share as a percentage; 0 and none as an empty field. */
    static String format(ValueFactor factor, Double stored) {
        if (stored == null || stored == 0) {
            return "";
        }
        double shown = factor == ValueFactor.SHARE_CONVERTING
                ? BigDecimal.valueOf(stored).movePointRight(2).doubleValue() : stored;
        return Numbers.format(shown);
    }

    /** The estimate with one factor changed. */
    static ValueEstimate with(ValueEstimate e, ValueFactor factor, double v) {
        double[] values = new double[ValueFactor.values().length];
        for (ValueFactor f : ValueFactor.values()) {
            values[f.ordinal()] = f == factor ? v : f.of(e);
        }
        return new ValueEstimate(values[0], values[1], values[2], values[3], values[4], e.currency(), e.sources());
    }
}
